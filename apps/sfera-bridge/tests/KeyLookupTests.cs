using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using SferaBridge.Host;
using SferaBridge.Json;
using SferaBridge.Protocol;

namespace SferaBridge.Tests
{
    public static class KeyLookupTests
    {
        /// <summary>Answers the first look-up the bridge writes, from another thread, as the agent would.</summary>
        private static FoundDocument AskAndAnswer(string answerJson, TimeSpan timeout, List<string> lines)
        {
            var output = new LineWriter();
            var keys = new AgentKeyLookup(new Outbox(output), new SystemClock(), timeout);
            var agent = new Thread(() =>
            {
                string line = output.Next(TimeSpan.FromSeconds(5));
                lines.Add(line);
                if (answerJson == null) return;
                var request = (Dictionary<string, object>)JsonReader.Parse(line);
                keys.Answer((string)request["id"], Fields.Of(JsonReader.Parse(answerJson), ""));
            });
            agent.Start();
            try
            {
                return keys.Find("o0001-s", new[] { "FS", "PA" }, null);
            }
            finally
            {
                agent.Join();
            }
        }

        public static void TheAgentsAnswerDecides()
        {
            var lines = new List<string>();
            var found = AskAndAnswer("{\"ok\":true,\"document\":{\"id\":55,\"number\":\"FS 3/2026\"}}", TimeSpan.FromSeconds(5), lines);
            Check.Equal(55, found.Id, "id");
            Check.Equal("FS 3/2026", found.Number, "number");
            Check.Equal("{\"v\":1,\"id\":\"lookup-1\",\"type\":\"lookup\",\"payload\":{\"key\":\"o0001-s\",\"types\":[\"FS\",\"PA\"]}}", lines[0], "asked");
            Check.True(AskAndAnswer("{\"ok\":true,\"document\":null}", TimeSpan.FromSeconds(5), lines) == null, "not written");
        }

        public static void NoAnswerInTimeMeansNoSave()
        {
            var error = Check.Throws<BridgeException>(() => AskAndAnswer(null, TimeSpan.FromMilliseconds(50), new List<string>()));
            Check.Equal(ErrorCodes.KeyCheckFailed, error.Code, "code");
            Check.True(error.Retryable, "retryable");
            Check.True(error.Message.Contains("nothing was saved"), error.Message);
        }

        public static void AFailedOrMalformedAnswerMeansNoSave()
        {
            var failed = Check.Throws<BridgeException>(() => AskAndAnswer("{\"ok\":false,\"message\":\"ERP database unreachable\"}", TimeSpan.FromSeconds(5), new List<string>()));
            Check.Equal(ErrorCodes.KeyCheckFailed, failed.Code, "failed look-up");
            Check.True(failed.Message.Contains("ERP database unreachable"), failed.Message);
            var malformed = Check.Throws<BridgeException>(() => AskAndAnswer("{\"ok\":true,\"document\":{\"id\":\"55\"}}", TimeSpan.FromSeconds(5), new List<string>()));
            Check.Equal(ErrorCodes.KeyCheckFailed, malformed.Code, "malformed answer");
            Check.True(malformed.Message.Contains("document.id"), malformed.Message);
        }
    }
}
