using System;
using System.Collections.Generic;

namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// The calls the agent may send, by message type; the agent's catalogue
    /// (apps/agent/src/erp/subiekt-gt/sfera/bridge-calls.ts) lists the same names and shapes.
    /// Every one runs on the STA thread. NEEDS A WINDOWS SERVER WITH SUBIEKT GT AND SFERA: each
    /// drives Subiekt through Sfera; in CI they run only against the stand-in objects in tests/Fakes.
    /// </summary>
    public static class CallTable
    {
        public static readonly Dictionary<string, Func<CallContext, object>> Handlers = new Dictionary<string, Func<CallContext, object>>
        {
            { "session.open", OpenSession.Run },
            { "catalog.read", ReadCatalog.Run },
            { "customer.create", CreateCustomer.Run },
            { "order.create", CreateOrder.Run },
            { "sale.create", CreateSale.Run },
            { "return.create", CreateReturn.Run },
            { "transfer.create", CreateTransfer.Run },
            { "order.close", CloseOrder.Run },
            { "document.flag", SetFlag.Run },
        };
    }
}
