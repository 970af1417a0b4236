using System;
using System.Collections.Generic;

namespace SferaBridge.Sfera
{
    /// <summary>
    /// A document write that happens at most once per key. Before every attempt the key is looked
    /// up (see AgentKeyLookup); a document found is returned with created = false and nothing is
    /// saved. The write itself puts the key in NumerOryginalny (dok_NrPelnyOryg) before Zapisz, so
    /// key and document are one save: a bridge killed after it leaves a document the next
    /// attempt finds.
    /// </summary>
    public static class KeyedWrite
    {
        public static Dictionary<string, object> Run(CallContext ctx, string key, string[] types, Func<Dictionary<string, object>> write)
        {
            return SaveRetry.Run(ctx, () =>
            {
                var found = ctx.Keys.Find(key, types, ctx.Deadline);
                if (found != null) return Documents.Result(found.Id, found.Number, false, new List<string>());
                var written = write();
                ctx.Session.Saved();
                return written;
            });
        }
    }
}
