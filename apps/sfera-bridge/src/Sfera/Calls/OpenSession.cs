// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// Logs in as the dedicated operator and keeps the session. Answers with the operator,
    /// Subiekt's version and the process Subiekt runs in.
    /// </summary>
    public static class OpenSession
    {
        public static object Run(CallContext ctx)
        {
            return ctx.Session.Open(SessionOptions.From(ctx.Payload));
        }
    }
}
