using System;
using System.Threading;

namespace SferaBridge.Host
{
    /// <summary>Time as the bridge's logic sees it, so tests run the backoff without waiting.</summary>
    public interface IClock
    {
        DateTime UtcNow { get; }
        void Sleep(TimeSpan span);
    }

    public sealed class SystemClock : IClock
    {
        public DateTime UtcNow { get { return DateTime.UtcNow; } }

        public void Sleep(TimeSpan span)
        {
            Thread.Sleep(span);
        }
    }
}
