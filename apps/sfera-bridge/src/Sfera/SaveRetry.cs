using System;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>
    /// Runs a write again while Subiekt refuses it because an operator has the object open, waiting
    /// 0.5 s, 1 s, 2 s ... up to 8 s between attempts, for as long as the agent's timeout leaves room
    /// (at most 8 attempts without one). bambooooooo/Subiekt-GT-Bridge SGT-BRIDGE/Endpoints/Order.cs
    /// retries the same refusal every 10 s up to 100 times; a shorter budget here leaves the agent
    /// time to hear LOCKED and retry the command later instead of killing a bridge that only waits.
    /// Each attempt starts over (load, change, key check, save), so it never saves a half-built object.
    /// </summary>
    public static class SaveRetry
    {
        public const int MaxAttempts = 8;
        /// <summary>Kept free before the agent's deadline, to answer before it gives up on the call.</summary>
        public static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

        public static T Run<T>(CallContext ctx, Func<T> attempt)
        {
            for (int tries = 1; ; tries++)
            {
                try
                {
                    return attempt();
                }
                catch (Exception error)
                {
                    if (!SferaErrors.IsLocked(error)) throw;
                    var wait = Delay(tries);
                    bool outOfTime = ctx.Deadline.HasValue && ctx.Clock.UtcNow + wait + Margin > ctx.Deadline.Value;
                    if (tries >= MaxAttempts || outOfTime)
                    {
                        throw new BridgeException(ErrorCodes.Locked,
                            "an operator still has the object open in Subiekt after " + tries + " attempts: " + SferaErrors.MessageOf(error), true);
                    }
                    ctx.Log.WriteLine("locked by an operator, attempt " + tries + ", retrying in " + wait.TotalMilliseconds + " ms");
                    ctx.Clock.Sleep(wait);
                }
            }
        }

        public static TimeSpan Delay(int tries)
        {
            return TimeSpan.FromMilliseconds(Math.Min(8000, 500 * Math.Pow(2, tries - 1)));
        }
    }
}
