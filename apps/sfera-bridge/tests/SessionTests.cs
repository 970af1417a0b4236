using System;
using System.IO;
using System.Runtime.InteropServices;
using SferaBridge.Protocol;
using SferaBridge.Sfera;
using SferaBridge.Sfera.Calls;
using SferaBridge.Tests.Fakes;

namespace SferaBridge.Tests
{
    public static class SessionTests
    {
        public static void LoginRefusalsAreToldApart()
        {
            var session = new SferaSession(new FakeConnector(new FakeSubiekt()), new FakeClock(), TextWriter.Null);
            var licence = Check.Throws<BridgeException>(() => session.Open(World.Login("no-licence")));
            Check.Equal(ErrorCodes.NoLicence, licence.Code, "no licence");
            Check.True(licence.Message.EndsWith("Brak aktywnej licencji na program Sfera dla Subiekta GT"), "Sfera's message kept: " + licence.Message);
            var wrong = Check.Throws<BridgeException>(() => session.Open(World.Login("wrong")));
            Check.Equal(ErrorCodes.WrongOperator, wrong.Code, "wrong operator");
            Check.Equal(ErrorCodes.LoginFailed, LoginErrors.Classify(new COMException("Nie można połączyć się z serwerem")).Code, "anything else");
            Check.Equal("not_logged_in", session.Health()["state"], "still logged out");
            Check.Equal(wrong.Message, session.Health()["lastError"], "health says why");
        }

        public static void TheSessionIsKeptAndItsHealthNamesOperatorAndVersion()
        {
            var world = new World();
            world.Session.Open(World.Login("Integracja"));
            Check.Equal(1, world.Connector.Opens, "the same login does not start Subiekt again");
            var health = world.Session.Health();
            Check.Equal("ready", health["state"], "state");
            Check.Equal("Integracja", health["operator"], "operator");
            Check.Equal("1.88 HF4", health["subiektVersion"], "version");
            Check.Equal(System.Diagnostics.Process.GetCurrentProcess().Id, health["subiektProcessId"], "Subiekt's process");
            world.Call(CreateOrder.Run, "{\"key\":\"k\",\"customerId\":7,\"warehouseId\":1,\"reserve\":false,\"lines\":[{\"sku\":\"TW-1\",\"quantity\":1,\"netPrice\":1}]}");
            Check.Equal(world.Clock.UtcNow, world.Session.Health()["lastSaveAt"], "last save");
        }

        public static void ADeadSessionFailsRetryablyAndTheNextCallReopensIt()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            world.Subiekt.Dead = true;
            Exception raw = Check.Throws<COMException>(() => world.Call(SetFlag.Run, "{\"documentId\":" + zk.Identyfikator + ",\"flag\":\"x\"}"));
            var failure = SferaErrors.Classify(raw, world.Session);
            Check.Equal(ErrorCodes.SferaUnavailable, failure.Code, "unavailable");
            Check.True(failure.Retryable, "retryable");
            Check.Equal("not_logged_in", world.Session.Health()["state"], "session dropped");
            Check.True(world.Subiekt.Ended, "Subiekt's session ended");
            world.Call(SetFlag.Run, "{\"documentId\":" + zk.Identyfikator + ",\"flag\":\"x\"}");
            Check.Equal(2, world.Connector.Opens, "reopened with the last login");
            Check.Equal("x", zk.FlagaNazwa, "then written");
        }

        public static void ARefusalFromALiveSessionIsSferasOwnMessage()
        {
            var world = new World();
            world.Subiekt.RefuseNextSave = "Kontrahent jest zablokowany do sprzedaży";
            Exception raw = Check.Throws<COMException>(() => world.Call(CreateOrder.Run,
                "{\"key\":\"k\",\"customerId\":7,\"warehouseId\":1,\"reserve\":false,\"lines\":[{\"sku\":\"TW-1\",\"quantity\":1,\"netPrice\":1}]}"));
            var failure = SferaErrors.Classify(raw, world.Session);
            Check.Equal(ErrorCodes.Refused, failure.Code, "refused");
            Check.Equal("Kontrahent jest zablokowany do sprzedaży", failure.Message, "Sfera's words for staff");
            Check.False(failure.Retryable, "not retryable");
        }
    }
}
