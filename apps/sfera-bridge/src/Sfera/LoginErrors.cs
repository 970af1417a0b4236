using System;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>
    /// Tells why Subiekt refused to start a session, from Sfera's own message.
    /// uncertain: the texts Sfera raises for a missing licence or a wrong operator are not published;
    /// these are the words InsERT's messages use ("licencja", "operator", "hasło"). The tester's
    /// script prints Sfera's exact message next to the code so the list can be corrected.
    /// </summary>
    public static class LoginErrors
    {
        public static BridgeException Classify(Exception error)
        {
            string message = SferaErrors.MessageOf(error);
            string lower = message.ToLowerInvariant();
            if (lower.Contains("licencj") || lower.Contains("sfera nie jest aktywn"))
                return new BridgeException(ErrorCodes.NoLicence, "Sfera has no licence for this company or operator: " + message, false);
            if (lower.Contains("operator") || lower.Contains("hasło") || lower.Contains("haslo"))
                return new BridgeException(ErrorCodes.WrongOperator, "Subiekt refused the operator's name or password: " + message, false);
            return new BridgeException(ErrorCodes.LoginFailed, "Subiekt did not start a session: " + message, false);
        }
    }
}
