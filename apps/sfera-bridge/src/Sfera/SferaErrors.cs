using System;
using System.Reflection;
using System.Runtime.InteropServices;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>What an exception out of a Sfera call means for the agent.</summary>
    public static class SferaErrors
    {
        /// <summary>
        /// A save refused because an operator has the object open in Subiekt.
        /// uncertain: matched on Sfera's text, "... został zablokowany przez operatora ..." as
        /// bambooooooo/Subiekt-GT-Bridge SGT-BRIDGE/Endpoints/Order.cs matches it; no public bridge
        /// names an HRESULT for it. "Zablokowany" alone is not enough: a customer or product blocked
        /// for sale ("kontrahent zablokowany") is a refusal that waiting cannot cure.
        /// </summary>
        public static bool IsLocked(Exception error)
        {
            string message = MessageOf(error).ToLowerInvariant();
            return message.Contains("zablokowan") && message.Contains("przez operatora");
        }

        /// <summary>
        /// A failure the bridge did not foresee. As robsonek/subiekt-bridge does (sfera-documents.md,
        /// "Sonda sesji"), a probe decides: a live session means Sfera refused this write (its message
        /// goes to staff, a retry would not help); a dead one means Subiekt or SQL Server went away,
        /// the session is dropped and reopened by the next call, and the write may be retried.
        /// </summary>
        public static BridgeException Classify(Exception error, SferaSession session)
        {
            var known = error as BridgeException;
            if (known != null) return known;
            if (error is Microsoft.CSharp.RuntimeBinder.RuntimeBinderException)
                return new BridgeException(ErrorCodes.Internal, "Sfera lacks a member this bridge uses (another Subiekt version?): " + error.Message, false);
            if (!session.Probe())
            {
                session.MarkDead();
                return new BridgeException(ErrorCodes.SferaUnavailable, "the Sfera session failed: " + MessageOf(error), true);
            }
            return BridgeException.Refused(MessageOf(error));
        }

        /// <summary>Sfera's own text, from under the wrappers reflection and the COM binder add.</summary>
        public static string MessageOf(Exception error)
        {
            while (error is TargetInvocationException && error.InnerException != null) error = error.InnerException;
            var com = error as COMException;
            string message = error.Message ?? "";
            if (com != null && message.Trim().Length == 0) message = "COM error 0x" + com.ErrorCode.ToString("X8");
            return message.Trim();
        }
    }
}
