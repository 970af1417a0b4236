using System;
using System.IO;
using SferaBridge.Host;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>Everything a call needs, handed to it on the STA thread.</summary>
    public sealed class CallContext
    {
        public Fields Payload;
        /// <summary>When the agent stops waiting; null when it sent no timeout.</summary>
        public DateTime? Deadline;
        public SferaSession Session;
        public IKeyLookup Keys;
        public IClock Clock;
        public TextWriter Log;
    }
}
