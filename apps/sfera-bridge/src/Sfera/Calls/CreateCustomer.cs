using System;
using System.Collections.Generic;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// Creates a customer, or returns the one with the same symbol (the agent has already looked for
    /// it by NIP and e-mail over SQL, as the SQL writer does; the symbol makes a retry find the
    /// customer its first attempt saved).
    ///
    /// The public bridges disagree on the managers' names: bambooooooo/Subiekt-GT-Bridge
    /// (SGT-BRIDGE/Endpoints/Order.cs, compiled against Sfera's type library) uses
    /// KontrahenciManager.DodajKontrahenta and TowaryManager; robsonek/subiekt-bridge
    /// (RealSferaSession.cs, late bound) uses Kontrahenci.Dodaj and Towary. This bridge uses the names
    /// the type library declares. The e-mail attribute is Email, not AdresEMail (robsonek's
    /// .claude/rules/sfera-documents.md: AdresEMail does not exist and was silently never written).
    /// uncertain: the phone number is not written; no public bridge shows Sfera's phone attribute.
    /// </summary>
    public static class CreateCustomer
    {
        /// <summary>kh_Symbol is varchar(20) (robsonek's rules: longer symbols fail in SQL Server).</summary>
        private const int SymbolLength = 20;
        private const int NameLength = 50;

        public static object Run(CallContext ctx)
        {
            var p = ctx.Payload;
            string symbol = p.Str("symbol");
            if (symbol.Length > SymbolLength) throw Protocol.BridgeException.BadRequest("symbol", "must be at most 20 characters");
            string name = p.Str("name");
            string nip = p.OptStr("nip");
            return SaveRetry.Run(ctx, () =>
            {
                dynamic customers = ctx.Session.Subiekt.KontrahenciManager;
                bool exists = (bool)customers.Istnieje(symbol);
                dynamic customer = exists ? customers.Wczytaj(symbol) : customers.DodajKontrahenta();
                try
                {
                    if (exists) return Result(customer, symbol, false);
                    customer.Symbol = symbol;
                    customer.Osoba = nip == null;
                    customer.Nazwa = name.Length > NameLength ? name.Substring(0, NameLength) : name;
                    customer.NazwaPelna = p.OptStr("fullName") ?? name;
                    if (nip != null) customer.NIP = nip;
                    if (p.OptStr("email") != null) customer.Email = p.OptStr("email");
                    customer.Ulica = p.OptStr("street") ?? "";
                    customer.KodPocztowy = p.OptStr("postalCode") ?? "";
                    customer.Miejscowosc = p.OptStr("city") ?? "";
                    customer.Zapisz();
                    ctx.Session.Saved();
                    return Result(customer, symbol, true);
                }
                finally
                {
                    Documents.Close(customer);
                }
            });
        }

        private static Dictionary<string, object> Result(dynamic customer, string symbol, bool created)
        {
            var found = new Dictionary<string, object>
            {
                { "id", Convert.ToInt32((object)customer.Identyfikator) },
                { "symbol", symbol },
            };
            return new Dictionary<string, object> { { "customer", found }, { "created", created } };
        }
    }
}
