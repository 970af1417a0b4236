using System;
using System.Collections.Generic;
using System.IO;
using SferaBridge.Json;
using SferaBridge.Protocol;
using SferaBridge.Sfera;
using SferaBridge.Sfera.Calls;

namespace SferaBridge.Host
{
    /// <summary>
    /// Reads the agent's lines from stdin and answers on stdout. Health and the answers to key
    /// look-ups are handled here, on the reader thread, so the agent hears "starting" and the queue
    /// length while a call holds the STA thread; every call goes to the STA queue in order.
    /// </summary>
    public sealed class BridgeHost
    {
        /// <summary>How long a write waits for the agent to answer a key look-up.</summary>
        public static readonly TimeSpan KeyAnswerTimeout = TimeSpan.FromSeconds(10);

        private readonly TextReader _input;
        private readonly TextWriter _log;
        private readonly IClock _clock;
        private readonly Outbox _outbox;
        private readonly AgentKeyLookup _keys;
        private readonly SferaSession _session;
        private readonly StaQueue _queue;

        public BridgeHost(TextReader input, TextWriter output, TextWriter log, ISferaConnector connector, IClock clock)
        {
            _input = input;
            _log = log;
            _clock = clock;
            _outbox = new Outbox(output);
            _keys = new AgentKeyLookup(_outbox, clock, KeyAnswerTimeout);
            _session = new SferaSession(connector, clock, log);
            _queue = new StaQueue(clock);
        }

        /// <summary>Serves until stdin closes (the agent stopped), then ends the session. Returns the exit code.</summary>
        public int Run()
        {
            string line;
            while ((line = _input.ReadLine()) != null)
            {
                if (line.Trim().Length > 0) Dispatch(line);
            }
            _queue.Enqueue("close", _session.Close);
            _queue.Finish();
            return 0;
        }

        private void Dispatch(string line)
        {
            string id = null;
            Envelope envelope;
            try
            {
                envelope = Envelope.Parse(line, _clock.UtcNow, out id);
            }
            catch (JsonException unreadable)
            {
                _log.WriteLine("unanswerable line from the agent: " + unreadable.Message);
                return;
            }
            catch (BridgeException invalid)
            {
                _outbox.Failure(id, invalid);
                return;
            }
            if (envelope.Type == "health")
            {
                _outbox.Result(id, Health());
                return;
            }
            if (envelope.Type == "lookup.result")
            {
                if (!_keys.Answer(id, envelope.Payload)) _log.WriteLine("an answer to " + id + " came after the look-up gave up");
                return;
            }
            Func<CallContext, object> handler;
            if (!CallTable.Handlers.TryGetValue(envelope.Type, out handler))
            {
                _outbox.Failure(id, BridgeException.BadRequest("type", "unknown message type " + envelope.Type));
                return;
            }
            _queue.Enqueue(envelope.Type, () => RunCall(envelope, handler));
        }

        private void RunCall(Envelope envelope, Func<CallContext, object> handler)
        {
            var deadline = envelope.Deadline;
            if (deadline.HasValue && _clock.UtcNow > deadline.Value)
            {
                _outbox.Failure(envelope.Id, new BridgeException(ErrorCodes.Expired,
                    envelope.Type + " waited in the queue past its " + envelope.TimeoutMs + " ms and was not started", true));
                return;
            }
            var context = new CallContext
            {
                Payload = envelope.Payload,
                Deadline = deadline,
                Session = _session,
                Keys = _keys,
                Clock = _clock,
                Log = _log,
            };
            try
            {
                _outbox.Result(envelope.Id, handler(context));
            }
            catch (Exception error)
            {
                var failure = SferaErrors.Classify(error, _session);
                _log.WriteLine(envelope.Type + " " + envelope.Id + " failed: " + failure.Code + " " + failure.Message);
                _outbox.Failure(envelope.Id, failure);
            }
        }

        private Dictionary<string, object> Health()
        {
            var health = _session.Health();
            var busy = _queue.Busy;
            health["queueLength"] = _queue.Length;
            health["busy"] = busy == null ? null : new Dictionary<string, object>
            {
                { "type", busy.Item1 },
                { "forMs", (long)busy.Item2.TotalMilliseconds },
            };
            health["process64Bit"] = Environment.Is64BitProcess;
            return health;
        }
    }
}
