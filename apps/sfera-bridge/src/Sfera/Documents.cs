using System;
using System.Collections.Generic;
using System.Globalization;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>Pieces every document call uses.</summary>
    public static class Documents
    {
        /// <summary>
        /// What a write answers: the document's id and number. The agent reads the rest (lines,
        /// totals, status) back by SQL, as every public bridge reads: Neglomen/subiekt_agent
        /// app/services/document_service.py even re-reads dok_NrPelny by SQL because the COM object
        /// "sometimes returns the default name" right after Zapisz.
        /// </summary>
        public static Dictionary<string, object> Result(int id, string number, bool created, List<string> warnings)
        {
            return new Dictionary<string, object>
            {
                { "document", new Dictionary<string, object> { { "id", id }, { "number", number } } },
                { "created", created },
                { "warnings", warnings },
            };
        }

        public static Dictionary<string, object> Saved(dynamic document, List<string> warnings)
        {
            return Result(Convert.ToInt32((object)document.Identyfikator), (string)document.NumerPelny, true, warnings);
        }

        /// <summary>Every object Sfera opens is closed, or it stays locked for operators.</summary>
        public static void Close(object document)
        {
            if (document == null) return;
            try { ((dynamic)document).Zamknij(); } catch (Exception) { }
        }

        /// <summary>
        /// Runs a write with the session's working warehouse set, and puts the previous one back.
        /// A document takes its warehouse (dok_MagId) from the session, not from its lines:
        /// robsonek/subiekt-bridge .claude/rules/sfera-documents.md ("Magazyn dokumentu = magazyn
        /// SESJI", checked on Subiekt 1.88) and bambooooooo/Subiekt-GT-Bridge SGT-BRIDGE/Endpoints/
        /// Order.cs (subiekt.MagazynId before DodajZK) agree; ecogral/api-subiekt-gt
        /// src/apisubiektgt/subiektgt.php sets it once at login, which serves one warehouse only.
        /// </summary>
        public static T InWarehouse<T>(dynamic subiekt, int warehouseId, Func<T> write)
        {
            int previous = Convert.ToInt32((object)subiekt.MagazynId);
            if (previous == warehouseId) return write();
            subiekt.MagazynId = warehouseId;
            try
            {
                return write();
            }
            finally
            {
                subiekt.MagazynId = previous;
            }
        }

        /// <summary>
        /// The product by symbol, or a refusal naming the line. Passed to Pozycje.Dodaj by symbol as
        /// ecogral/api-subiekt-gt src/apisubiektgt/subiektgt/order.php does; bambooooooo passes the
        /// product's id and robsonek the loaded Towar object (all three accept what they pass).
        /// </summary>
        public static void RequireProduct(dynamic subiekt, string sku, string path)
        {
            if (!(bool)subiekt.TowaryManager.Istnieje(sku))
                throw BridgeException.Refused(path + ": no product with symbol " + sku + " in Subiekt");
        }

        /// <summary>
        /// Whole quantities go to COM as int, fractions as double, as robsonek/subiekt-bridge
        /// (sfera-documents.md, "Ilości decimal") sends them; its note says fractions are unverified.
        /// </summary>
        public static object Quantity(double quantity)
        {
            return quantity == Math.Floor(quantity) && quantity < int.MaxValue ? (object)(int)quantity : quantity;
        }

        public static DateTime? OptDate(Fields payload, string name)
        {
            string text = payload.OptStr(name);
            if (text == null) return null;
            DateTime date;
            if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date))
                throw BridgeException.BadRequest(payload.PathOf(name), "must be an ISO date");
            return date;
        }
    }
}
