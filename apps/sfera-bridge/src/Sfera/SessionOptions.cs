using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>What session.open carries: the SQL login Subiekt uses and the dedicated operator.</summary>
    public sealed class SessionOptions
    {
        public string Server;
        public string Database;
        public string SqlUser;
        public string SqlPassword;
        public string Operator;
        public string OperatorPassword;

        public static SessionOptions From(Fields payload)
        {
            return new SessionOptions
            {
                Server = payload.Str("server"),
                Database = payload.Str("database"),
                SqlUser = payload.Str("sqlUser"),
                SqlPassword = payload.Str("sqlPassword"),
                Operator = payload.Str("operator"),
                OperatorPassword = payload.Str("operatorPassword"),
            };
        }

        public bool SameLogin(SessionOptions other)
        {
            return other != null && Server == other.Server && Database == other.Database && SqlUser == other.SqlUser &&
                SqlPassword == other.SqlPassword && Operator == other.Operator && OperatorPassword == other.OperatorPassword;
        }
    }

    /// <summary>Starts Subiekt for a login and returns its automation object (InsERT.Subiekt).</summary>
    public interface ISferaConnector
    {
        /// <summary>Throws BridgeException with a login code (NOT_INSTALLED, WRONG_OPERATOR...) when it cannot.</summary>
        object Open(SessionOptions options);
    }
}
