using System;
using System.Collections.Generic;
using SferaBridge.Json;

namespace SferaBridge.Protocol
{
    /// <summary>
    /// One line from the agent: { "v": 1, "id", "type", "timeoutMs"?, "payload" }. The same
    /// envelope carries calls and the agent's answers to the bridge's key look-ups.
    /// </summary>
    public sealed class Envelope
    {
        public const int Version = 1;

        public string Id { get; private set; }
        public string Type { get; private set; }
        /// <summary>How long the agent waits for the answer; past it a queued call is not started.</summary>
        public int? TimeoutMs { get; private set; }
        public Fields Payload { get; private set; }
        public DateTime ReceivedAt { get; private set; }

        /// <summary>
        /// Parses a line. A line that is not even an envelope with an id cannot be answered, so it
        /// throws JsonException; anything wrong after the id throws BridgeException for that id.
        /// </summary>
        public static Envelope Parse(string line, DateTime receivedAt, out string id)
        {
            id = null;
            var root = JsonReader.Parse(line) as Dictionary<string, object>;
            if (root == null) throw new JsonException("a message must be a JSON object");
            object rawId;
            root.TryGetValue("id", out rawId);
            id = rawId as string;
            if (string.IsNullOrEmpty(id)) throw new JsonException("a message needs a string id");
            var fields = new Fields(root, "");
            int version = fields.Int("v");
            if (version != Version)
                throw BridgeException.BadRequest("v", "this bridge speaks protocol version " + Version + ", not " + version);
            var timeout = fields.OptInt("timeoutMs");
            if (timeout.HasValue && timeout.Value <= 0) throw BridgeException.BadRequest("timeoutMs", "must be positive");
            object payload;
            root.TryGetValue("payload", out payload);
            return new Envelope
            {
                Id = id,
                Type = fields.Str("type"),
                TimeoutMs = timeout,
                Payload = Fields.Of(payload, ""),
                ReceivedAt = receivedAt,
            };
        }

        /// <summary>When the agent stops waiting for this call; null when it sent no timeout.</summary>
        public DateTime? Deadline
        {
            get { return TimeoutMs.HasValue ? ReceivedAt.AddMilliseconds(TimeoutMs.Value) : (DateTime?)null; }
        }
    }
}
