using System;
using System.Collections.Concurrent;
using System.Threading;
using SferaBridge.Protocol;

namespace SferaBridge.Host
{
    /// <summary>A document already written under a key.</summary>
    public sealed class FoundDocument
    {
        public int Id;
        public string Number;
    }

    /// <summary>Which document, of the given types, carries this key in dok_NrPelnyOryg.</summary>
    public interface IKeyLookup
    {
        /// <summary>The document, or null when none carries the key. Throws KEY_CHECK_FAILED when unsure.</summary>
        FoundDocument Find(string key, string[] types, DateTime? deadline);
    }

    /// <summary>
    /// The idempotency check asks the agent, over this same stdio channel, to look the key up in
    /// dok_NrPelnyOryg with its own SQL connection, and waits for the answer.
    ///
    /// Why a call back instead of the agent checking before it sends the write: the check has to
    /// run right before each save attempt on the STA thread, after a lock retry's wait and after a
    /// save that may have committed before failing (a fiscal print error, a read of the new number),
    /// and only the bridge knows those moments. Why the agent's SQL and not Sfera: Sfera's
    /// SuDokumentyManager.OtworzKolekcje sees only the session's warehouse and returns cancelled
    /// "ghosts" (robsonek/subiekt-bridge .claude/rules/sfera-documents.md), and the bridge would need
    /// a SQL driver and credentials of its own; the agent already holds the connection, the
    /// connector's one SQL dialect layer and its T-SQL guard.
    ///
    /// Fail-closed: no answer in time, or an answer saying the look-up failed, means no save
    /// (robsonek/subiekt-bridge moved its duplicate scan from fail-open to fail-closed after
    /// duplicates, same file, "Anti-duplicate ... FAIL-CLOSED").
    /// </summary>
    public sealed class AgentKeyLookup : IKeyLookup
    {
        private readonly Outbox _outbox;
        private readonly IClock _clock;
        private readonly TimeSpan _answerTimeout;
        private readonly ConcurrentDictionary<string, Pending> _pending = new ConcurrentDictionary<string, Pending>();
        private int _next;

        private sealed class Pending
        {
            public readonly ManualResetEventSlim Done = new ManualResetEventSlim(false);
            public FoundDocument Found;
            public BridgeException Error;
        }

        public AgentKeyLookup(Outbox outbox, IClock clock, TimeSpan answerTimeout)
        {
            _outbox = outbox;
            _clock = clock;
            _answerTimeout = answerTimeout;
        }

        public FoundDocument Find(string key, string[] types, DateTime? deadline)
        {
            string id = "lookup-" + Interlocked.Increment(ref _next);
            var pending = new Pending();
            _pending[id] = pending;
            try
            {
                _outbox.Lookup(id, key, types);
                var wait = _answerTimeout;
                if (deadline.HasValue && deadline.Value - _clock.UtcNow < wait) wait = deadline.Value - _clock.UtcNow;
                if (wait < TimeSpan.Zero || !pending.Done.Wait(wait))
                {
                    throw new BridgeException(ErrorCodes.KeyCheckFailed,
                        "the agent did not confirm within " + (int)_answerTimeout.TotalMilliseconds + " ms whether " + key +
                        " is already written; nothing was saved", true);
                }
                if (pending.Error != null) throw pending.Error;
                return pending.Found;
            }
            finally
            {
                Pending ignored;
                _pending.TryRemove(id, out ignored);
            }
        }

        /// <summary>
        /// The agent's answer: { ok: true, document: { id, number } | null } or { ok: false, message }.
        /// False when no look-up with this id is waiting (it timed out already).
        /// </summary>
        public bool Answer(string id, Fields payload)
        {
            Pending pending;
            if (!_pending.TryGetValue(id, out pending)) return false;
            try
            {
                if (!payload.Bool("ok"))
                {
                    pending.Error = new BridgeException(ErrorCodes.KeyCheckFailed,
                        "the agent could not check the key: " + payload.Str("message") + "; nothing was saved", true);
                }
                else
                {
                    pending.Found = ReadDocument(payload);
                }
            }
            catch (BridgeException malformed)
            {
                pending.Error = new BridgeException(ErrorCodes.KeyCheckFailed,
                    "the agent's answer to the key check was malformed (" + malformed.Message + "); nothing was saved", true);
            }
            pending.Done.Set();
            return true;
        }

        private static FoundDocument ReadDocument(Fields payload)
        {
            if (payload.IsNull("document")) return null;
            var document = payload.Obj("document");
            return new FoundDocument { Id = document.Int("id"), Number = document.Str("number") };
        }
    }
}
