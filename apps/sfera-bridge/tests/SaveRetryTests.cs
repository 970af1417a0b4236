using System;
using System.Runtime.InteropServices;
using SferaBridge.Protocol;
using SferaBridge.Sfera;
using SferaBridge.Sfera.Calls;

namespace SferaBridge.Tests
{
    public static class SaveRetryTests
    {
        private const string Flag = "{\"documentId\":1000,\"flag\":\"Wysłane\"}";

        public static void ASaveAnOperatorBlocksIsRetriedWithBackoff()
        {
            var world = new World();
            world.SavedOrder("o1");
            world.Subiekt.LockedSaves = 3;
            world.Call(SetFlag.Run, Flag);
            Check.Equal(3, world.Clock.Sleeps.Count, "three waits");
            Check.Equal(TimeSpan.FromMilliseconds(500), world.Clock.Sleeps[0], "first wait");
            Check.Equal(TimeSpan.FromMilliseconds(1000), world.Clock.Sleeps[1], "doubles");
            Check.Equal(TimeSpan.FromMilliseconds(2000), world.Clock.Sleeps[2], "doubles again");
            Check.Equal("Wysłane", world.Subiekt.SuDokumentyManager.Saved[0].FlagaNazwa, "saved at last");
        }

        public static void StillLockedWhenTheAgentsTimeoutNearsAnswersLocked()
        {
            var world = new World();
            world.SavedOrder("o1");
            world.Subiekt.LockedSaves = 100;
            var deadline = world.Clock.UtcNow.AddSeconds(6);
            var error = Check.Throws<BridgeException>(() => world.Call(SetFlag.Run, Flag, deadline));
            Check.Equal(ErrorCodes.Locked, error.Code, "code");
            Check.True(error.Retryable, "retryable");
            Check.True(error.Message.Contains("zablokowany przez operatora"), "Sfera's words: " + error.Message);
            Check.True(world.Clock.UtcNow + SaveRetry.Margin <= deadline, "answered before the agent gives up");
        }

        public static void WithoutATimeoutTheAttemptsAreCapped()
        {
            var world = new World();
            world.SavedOrder("o1");
            world.Subiekt.LockedSaves = 100;
            Check.Throws<BridgeException>(() => world.Call(SetFlag.Run, Flag));
            Check.Equal(SaveRetry.MaxAttempts - 1, world.Clock.Sleeps.Count, "waits between the capped attempts");
        }

        public static void OtherFailuresAreNotRetried()
        {
            var world = new World();
            int attempts = 0;
            var context = new CallContext { Clock = world.Clock, Log = System.IO.TextWriter.Null };
            Check.Throws<COMException>(() => SaveRetry.Run<int>(context, () => { attempts++; throw new COMException("Brak towaru w magazynie"); }));
            Check.Equal(1, attempts, "one attempt");
            Check.Equal(0, world.Clock.Sleeps.Count, "no wait");
        }
    }
}
