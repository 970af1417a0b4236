using System;
using System.Collections.Generic;
using System.Threading;
using SferaBridge.Host;

namespace SferaBridge.Tests
{
    public static class QueueTests
    {
        public static void CallsRunInOrderOneAtATimeOnOneStaThread()
        {
            var queue = new StaQueue(new SystemClock());
            var seen = new List<string>();
            int running = 0;
            int overlap = 0;
            for (int i = 0; i < 5; i++)
            {
                int n = i;
                queue.Enqueue("call " + n, () =>
                {
                    if (Interlocked.Increment(ref running) > 1) overlap++;
                    Thread.Sleep(5);
                    lock (seen) seen.Add(n + " " + Thread.CurrentThread.GetApartmentState() + " " + Thread.CurrentThread.ManagedThreadId);
                    Interlocked.Decrement(ref running);
                });
            }
            queue.Finish();
            Check.Equal(5, seen.Count, "all ran");
            Check.Equal(0, overlap, "never two at once");
            string thread = seen[0].Split(' ')[2];
            for (int i = 0; i < 5; i++) Check.Equal(i + " STA " + thread, seen[i], "order, apartment and thread");
        }

        public static void QueueLengthAndTheBusyCallAreVisibleWhileItRuns()
        {
            var queue = new StaQueue(new SystemClock());
            var started = new ManualResetEventSlim();
            var release = new ManualResetEventSlim();
            queue.Enqueue("order.create", () => { started.Set(); release.Wait(); });
            queue.Enqueue("sale.create", () => { });
            queue.Enqueue("order.close", () => { });
            started.Wait();
            Check.Equal(2, queue.Length, "waiting behind the running call");
            Check.Equal("order.create", queue.Busy.Item1, "busy call");
            release.Set();
            queue.Finish();
            Check.Equal(0, queue.Length, "drained");
            Check.True(queue.Busy == null, "idle");
        }
    }
}
