using System;
using System.Collections.Generic;
using System.IO;
using SferaBridge.Host;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    public enum SessionState
    {
        NotLoggedIn,
        /// <summary>Subiekt is starting: a cold start can take a minute and a half, which the agent waits out.</summary>
        Starting,
        Ready,
    }

    /// <summary>
    /// The one Sfera session, kept open for the bridge's life: each start costs a Subiekt seat and
    /// up to a minute and a half. Used on the STA thread only; the reader thread reads its health.
    /// </summary>
    public sealed class SferaSession
    {
        private readonly ISferaConnector _connector;
        private readonly IClock _clock;
        private readonly TextWriter _log;
        private readonly object _gate = new object();
        private dynamic _subiekt;
        private SessionOptions _options;
        private SessionState _state = SessionState.NotLoggedIn;
        private string _operator;
        private string _version;
        private int? _processId;
        private DateTime? _lastSaveAt;
        private string _lastError;

        public SferaSession(ISferaConnector connector, IClock clock, TextWriter log)
        {
            _connector = connector;
            _clock = clock;
            _log = log;
        }

        /// <summary>
        /// Logs in, or keeps the open session when the login is the same. Subiekt's version and the
        /// process it runs in are read for health: the agent kills that process too when a call hangs
        /// (bambooooooo/Subiekt-GT-Bridge Services/SubiektGT.cs prints IdentyfikatorProcesu after Uruchom).
        /// </summary>
        public Dictionary<string, object> Open(SessionOptions options)
        {
            if (_state == SessionState.Ready && options.SameLogin(_options)) return Info();
            Close();
            SetState(SessionState.Starting, null);
            lock (_gate) _operator = options.Operator;
            try
            {
                _subiekt = _connector.Open(options);
            }
            catch (BridgeException refused)
            {
                SetState(SessionState.NotLoggedIn, refused.Message);
                throw;
            }
            catch (Exception error)
            {
                var refused = LoginErrors.Classify(error);
                SetState(SessionState.NotLoggedIn, refused.Message);
                throw refused;
            }
            lock (_gate)
            {
                _options = options;
                _version = ReadVersion();
                _processId = ReadProcessId();
            }
            SetState(SessionState.Ready, null);
            _log.WriteLine("session open: operator " + options.Operator + ", Subiekt " + (_version ?? "(version unknown)"));
            return Info();
        }

        /// <summary>The automation object; a session dropped by MarkDead is reopened with the last login.</summary>
        public dynamic Subiekt
        {
            get
            {
                if (_state == SessionState.Ready) return _subiekt;
                if (_options == null)
                    throw new BridgeException(ErrorCodes.NotLoggedIn, "no Sfera session: session.open has not succeeded", true);
                Open(_options);
                return _subiekt;
            }
        }

        /// <summary>
        /// A round trip to SQL Server through Sfera. Aplikacja.Wersja answers in-process even when the
        /// database is gone, so robsonek/subiekt-bridge (sfera-documents.md, "Sonda sesji") opens an
        /// empty document collection instead; so does this.
        /// </summary>
        public bool Probe()
        {
            if (_state != SessionState.Ready) return false;
            try
            {
                dynamic empty = _subiekt.SuDokumentyManager.OtworzKolekcje("dok_Id=-1", "");
                int count = (int)empty.Liczba;
                return count >= 0;
            }
            catch (Exception)
            {
                return false;
            }
        }

        public void MarkDead()
        {
            Close();
        }

        public void Saved()
        {
            lock (_gate) _lastSaveAt = _clock.UtcNow;
        }

        /// <summary>Ends Subiekt's session (Neglomen/subiekt_agent app/sfera/sfera_instance.py calls Zakoncz).</summary>
        public void Close()
        {
            if (_subiekt != null)
            {
                try { _subiekt.Zakoncz(); } catch (Exception error) { _log.WriteLine("closing the session failed: " + SferaErrors.MessageOf(error)); }
            }
            _subiekt = null;
            SetState(SessionState.NotLoggedIn, _lastError);
        }

        /// <summary>Health fields, safe to read from any thread.</summary>
        public Dictionary<string, object> Health()
        {
            lock (_gate)
            {
                var health = Info();
                health["state"] = _state == SessionState.Ready ? "ready" : _state == SessionState.Starting ? "starting" : "not_logged_in";
                health["lastSaveAt"] = _lastSaveAt;
                health["lastError"] = _lastError;
                return health;
            }
        }

        private Dictionary<string, object> Info()
        {
            lock (_gate)
            {
                return new Dictionary<string, object>
                {
                    { "operator", _operator },
                    { "subiektVersion", _version },
                    { "subiektProcessId", _processId },
                };
            }
        }

        private void SetState(SessionState state, string error)
        {
            lock (_gate)
            {
                _state = state;
                _lastError = error;
                if (state == SessionState.NotLoggedIn)
                {
                    _operator = null;
                    _version = null;
                    _processId = null;
                }
            }
        }

        private string ReadVersion()
        {
            try { return (string)_subiekt.Aplikacja.Wersja; } catch (Exception) { return null; }
        }

        private int? ReadProcessId()
        {
            try { return (int)_subiekt.IdentyfikatorProcesu; } catch (Exception) { return null; }
        }
    }
}
