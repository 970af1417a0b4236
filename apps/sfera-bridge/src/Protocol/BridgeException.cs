using System;

namespace SferaBridge.Protocol
{
    /// <summary>
    /// The error codes a result may carry; the agent's schema (sfera/bridge-messages.ts) lists the
    /// same. Retryable means the same request may simply be sent again later: every write is
    /// idempotent by its key, so a retry never writes a second document.
    /// </summary>
    public static class ErrorCodes
    {
        /// <summary>The request is malformed; the message names the field.</summary>
        public const string BadRequest = "BAD_REQUEST";
        /// <summary>No Sfera session yet (session.open has not succeeded).</summary>
        public const string NotLoggedIn = "NOT_LOGGED_IN";
        public const string NotWindows = "NOT_WINDOWS";
        /// <summary>Sfera is 32-bit in-process COM: a 64-bit host process cannot load it.</summary>
        public const string Host64Bit = "HOST_64BIT";
        /// <summary>The InsERT.GT COM class is not registered: Subiekt GT is not installed here.</summary>
        public const string NotInstalled = "NOT_INSTALLED";
        public const string NoLicence = "NO_LICENCE";
        public const string WrongOperator = "WRONG_OPERATOR";
        public const string LoginFailed = "LOGIN_FAILED";
        /// <summary>An operator kept the object open for longer than the call's time allowed.</summary>
        public const string Locked = "LOCKED";
        /// <summary>The agent did not confirm whether the key was written: nothing was saved.</summary>
        public const string KeyCheckFailed = "KEY_CHECK_FAILED";
        /// <summary>The request waited in the queue past its timeout and was not started.</summary>
        public const string Expired = "EXPIRED";
        /// <summary>Sfera refused the write; the message is Sfera's own.</summary>
        public const string Refused = "REFUSED";
        /// <summary>The session died under a call (SQL Server gone, Subiekt closed).</summary>
        public const string SferaUnavailable = "SFERA_UNAVAILABLE";
        public const string Internal = "INTERNAL";
    }

    /// <summary>A failure the bridge reports as a result: code, message and whether a retry may help.</summary>
    public sealed class BridgeException : Exception
    {
        public string Code { get; private set; }
        public bool Retryable { get; private set; }

        public BridgeException(string code, string message, bool retryable) : base(message)
        {
            Code = code;
            Retryable = retryable;
        }

        public static BridgeException BadRequest(string path, string problem)
        {
            return new BridgeException(ErrorCodes.BadRequest, path + ": " + problem, false);
        }

        public static BridgeException Refused(string message)
        {
            return new BridgeException(ErrorCodes.Refused, message, false);
        }
    }
}
