using System;
using System.Collections.Concurrent;
using System.Threading;

namespace SferaBridge.Host
{
    /// <summary>
    /// The one thread every Sfera call runs on. Subiekt GT and Sfera are apartment-threaded COM:
    /// created on one STA thread, they may only be called from it, one call at a time. All four
    /// public bridges do the same (robsonek/subiekt-bridge RealSferaSession.cs: STA thread plus
    /// BlockingCollection; bambooooooo/Subiekt-GT-Bridge Services/SubiektGT.cs: STA thread plus a
    /// Channel; Neglomen/subiekt_agent app/sfera/sfera_worker.py: CoInitialize on a worker thread
    /// plus a queue; ecogral/api-subiekt-gt runs one PHP request at a time).
    /// </summary>
    public sealed class StaQueue
    {
        private readonly BlockingCollection<Work> _work = new BlockingCollection<Work>();
        private readonly Thread _thread;
        private readonly object _gate = new object();
        private readonly IClock _clock;
        private Work _current;
        private DateTime _currentSince;

        private sealed class Work
        {
            public string Label;
            public Action Run;
        }

        public StaQueue(IClock clock)
        {
            _clock = clock;
            _thread = new Thread(Loop) { Name = "Sfera STA", IsBackground = false };
            _thread.SetApartmentState(ApartmentState.STA);
            _thread.Start();
        }

        /// <summary>Calls waiting behind the one running.</summary>
        public int Length { get { return _work.Count; } }

        /// <summary>The running call's label and how long it has run; null when idle.</summary>
        public Tuple<string, TimeSpan> Busy
        {
            get
            {
                lock (_gate)
                {
                    return _current == null ? null : Tuple.Create(_current.Label, _clock.UtcNow - _currentSince);
                }
            }
        }

        public void Enqueue(string label, Action run)
        {
            _work.Add(new Work { Label = label, Run = run });
        }

        /// <summary>Lets the queued calls finish, then ends the thread.</summary>
        public void Finish()
        {
            _work.CompleteAdding();
            _thread.Join();
        }

        private void Loop()
        {
            foreach (var work in _work.GetConsumingEnumerable())
            {
                lock (_gate)
                {
                    _current = work;
                    _currentSince = _clock.UtcNow;
                }
                try
                {
                    work.Run();
                }
                finally
                {
                    lock (_gate) _current = null;
                }
            }
        }
    }
}
