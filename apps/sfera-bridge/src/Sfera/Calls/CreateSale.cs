using System;
using System.Collections.Generic;
using SferaBridge.Protocol;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// An invoice (FS) or a receipt (PA) issued from a ZK, so Subiekt numbers it, issues the goods,
    /// realises the order, books the settlement and, for a receipt, registers it on the fiscal
    /// printer when the agent names one.
    ///
    /// Sequence: ecogral/api-subiekt-gt src/apisubiektgt/subiektgt/order.php makeSaleDoc
    /// (DodajFS or DodajPAi, NaPodstawie(ZK id), ZapiszSymulacja to catch missing stock through
    /// PozycjeBrakujace, RejestrujNaUF = true for a receipt, Zapisz). Fiscal printing follows
    /// Neglomen/subiekt_agent app/services/document_service.py (DrukarkaFiskalnaId, then Drukuj(False)
    /// with no dialog). Where they disagree: ecogral sets RejestrujNaUF before the save and never
    /// prints; Neglomen saves, re-opens the document, then sets RejestrujNaUF and prints. Here the
    /// registration is part of the one save (ecogral) and the print follows it (Neglomen). A receipt
    /// is opened with DodajPAi, the one receipt constructor a named bridge calls (ecogral);
    /// uncertain: whether DodajPA or DodajPAf suit a receipt from an order better.
    /// A failed print keeps the saved receipt and says so in a warning: a retry finds the key and
    /// must not print a second receipt.
    /// NaPodstawie may copy the order's NumerOryginalny; the sale's own key is set after it.
    /// Neglomen notes that Subiekt prints NumerOryginalny on an FS as "Do zamówienia: ..."; the
    /// document template decides whether the key shows.
    /// </summary>
    public static class CreateSale
    {
        public static object Run(CallContext ctx)
        {
            var p = ctx.Payload;
            string key = p.Str("key");
            string kind = p.OneOf("kind", "FS", "PA");
            int orderId = p.Int("orderId");
            string payment = p.IsNull("payment") ? null : p.OneOf("payment", "cash", "card", "transfer", "credit");
            int? printer = p.OptInt("fiscalPrinterId");
            if (printer.HasValue && kind != "PA") throw BridgeException.BadRequest("fiscalPrinterId", "only a receipt (PA) goes to the fiscal printer");
            return KeyedWrite.Run(ctx, key, new[] { "FS", "PA" }, () =>
            {
                dynamic documents = ctx.Session.Subiekt.SuDokumentyManager;
                dynamic sale = kind == "FS" ? documents.DodajFS() : documents.DodajPAi();
                try
                {
                    sale.NaPodstawie(orderId);
                    sale.NumerOryginalny = key;
                    Payment.Apply(sale, payment);
                    if (printer.HasValue)
                    {
                        sale.RejestrujNaUF = true;
                        sale.DrukarkaFiskalnaId = printer.Value;
                    }
                    Simulate(sale);
                    sale.Zapisz();
                    var warnings = new List<string>();
                    var saved = Documents.Saved(sale, warnings);
                    if (printer.HasValue) Print(sale, warnings);
                    return saved;
                }
                finally
                {
                    Documents.Close(sale);
                }
            });
        }

        /// <summary>
        /// A dry save first: Subiekt lists the lines it lacks stock for in PozycjeBrakujace
        /// (ecogral makeSaleDoc; bambooooooo's Realize runs ZapiszSymulacja the same way).
        /// </summary>
        private static void Simulate(dynamic sale)
        {
            try
            {
                sale.ZapiszSymulacja();
            }
            catch (Exception error)
            {
                int missing = 0;
                try { missing = (int)sale.PozycjeBrakujace.Liczba; } catch (Exception) { }
                if (missing > 0) throw BridgeException.Refused("not enough stock for " + missing + " line(s) of the order: " + SferaErrors.MessageOf(error));
                throw;
            }
        }

        private static void Print(dynamic sale, List<string> warnings)
        {
            try
            {
                sale.Drukuj(false);
            }
            catch (Exception error)
            {
                warnings.Add("the receipt is saved but the fiscal printer did not print it (" + SferaErrors.MessageOf(error) +
                    "); print it from Subiekt");
            }
        }
    }
}
