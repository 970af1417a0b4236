using System.Collections.Generic;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// Reads one product and one customer by symbol through Sfera and saves nothing: what
    /// `agent sfera-check` runs to prove the session can see the company's data. Istnieje before
    /// Wczytaj as robsonek/subiekt-bridge (FindProductByEanAsync) and bambooooooo (IstniejeWg) do;
    /// both read Symbol and Nazwa.
    /// </summary>
    public static class ReadCatalog
    {
        public static object Run(CallContext ctx)
        {
            dynamic subiekt = ctx.Session.Subiekt;
            return new Dictionary<string, object>
            {
                { "product", Read(subiekt.TowaryManager, ctx.Payload.Str("productSymbol")) },
                { "customer", Read(subiekt.KontrahenciManager, ctx.Payload.Str("customerSymbol")) },
            };
        }

        private static Dictionary<string, object> Read(dynamic manager, string symbol)
        {
            if (!(bool)manager.Istnieje(symbol)) return null;
            dynamic found = manager.Wczytaj(symbol);
            try
            {
                return new Dictionary<string, object>
                {
                    { "id", System.Convert.ToInt32((object)found.Identyfikator) },
                    { "symbol", (string)found.Symbol },
                    { "name", (string)found.Nazwa },
                };
            }
            finally
            {
                Documents.Close(found);
            }
        }
    }
}
