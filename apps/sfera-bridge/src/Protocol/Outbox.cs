using System.Collections.Generic;
using System.IO;
using SferaBridge.Json;

namespace SferaBridge.Protocol
{
    /// <summary>
    /// The bridge's side of stdout: one JSON line per message, written whole under a lock (the
    /// reader thread answers health while the STA thread answers calls and asks look-ups).
    /// </summary>
    public sealed class Outbox
    {
        private readonly TextWriter _out;
        private readonly object _gate = new object();

        public Outbox(TextWriter output)
        {
            _out = output;
        }

        public void Result(string id, object value)
        {
            Send(id, "result", new Dictionary<string, object> { { "ok", true }, { "value", value } });
        }

        public void Failure(string id, BridgeException error)
        {
            var detail = new Dictionary<string, object>
            {
                { "code", error.Code },
                { "message", error.Message },
                { "retryable", error.Retryable },
            };
            Send(id, "result", new Dictionary<string, object> { { "ok", false }, { "error", detail } });
        }

        public void Lookup(string id, string key, string[] types)
        {
            Send(id, "lookup", new Dictionary<string, object> { { "key", key }, { "types", types } });
        }

        private void Send(string id, string type, Dictionary<string, object> payload)
        {
            var line = JsonWriter.Write(new Dictionary<string, object>
            {
                { "v", Envelope.Version },
                { "id", id },
                { "type", type },
                { "payload", payload },
            });
            lock (_gate)
            {
                _out.WriteLine(line);
                _out.Flush();
            }
        }
    }
}
