using System;
using System.Collections.Generic;
using System.IO;
using SferaBridge.Host;
using SferaBridge.Json;
using SferaBridge.Protocol;
using SferaBridge.Sfera;
using SferaBridge.Tests.Fakes;

namespace SferaBridge.Tests
{
    /// <summary>A clock whose Sleep only moves time on, and remembers each wait.</summary>
    public sealed class FakeClock : IClock
    {
        public DateTime UtcNow { get; set; }
        public readonly List<TimeSpan> Sleeps = new List<TimeSpan>();

        public FakeClock()
        {
            UtcNow = new DateTime(2026, 3, 20, 10, 0, 0, DateTimeKind.Utc);
        }

        public void Sleep(TimeSpan span)
        {
            Sleeps.Add(span);
            UtcNow += span;
        }
    }

    /// <summary>The agent's key look-up as a test scripts it: what each key resolves to, and every question asked.</summary>
    public sealed class ScriptedKeys : IKeyLookup
    {
        public readonly Dictionary<string, FoundDocument> Written = new Dictionary<string, FoundDocument>();
        public readonly List<string> Asked = new List<string>();
        /// <summary>Called before answering: lets a test change the answer between attempts.</summary>
        public Action<string> BeforeAnswer = key => { };

        public FoundDocument Find(string key, string[] types, DateTime? deadline)
        {
            Asked.Add(key + ":" + string.Join(",", types));
            BeforeAnswer(key);
            FoundDocument found;
            return Written.TryGetValue(key, out found) ? found : null;
        }
    }

    /// <summary>A fake Subiekt with a few products and customers, a session open on it, and a call context.</summary>
    public sealed class World
    {
        public readonly FakeSubiekt Subiekt = new FakeSubiekt();
        public readonly FakeClock Clock = new FakeClock();
        public readonly ScriptedKeys Keys = new ScriptedKeys();
        public readonly FakeConnector Connector;
        public readonly SferaSession Session;

        public World()
        {
            Subiekt.TowaryManager.Add(11, "TW-1", "Kubek");
            Subiekt.TowaryManager.Add(12, "TW-2", "Talerz");
            Subiekt.KontrahenciManager.Add(7, "KH-1", "Nowak sp. z o.o.");
            Connector = new FakeConnector(Subiekt);
            Session = new SferaSession(Connector, Clock, TextWriter.Null);
            Session.Open(Login("Integracja"));
        }

        public static SessionOptions Login(string operatorName)
        {
            return new SessionOptions
            {
                Server = "SERWER\\INSERTGT",
                Database = "SUBIEKT_FIRMA",
                SqlUser = "sa",
                SqlPassword = "secret",
                Operator = operatorName,
                OperatorPassword = "haslo",
            };
        }

        /// <summary>Runs a call as the STA thread would, with a payload written as JSON.</summary>
        public Dictionary<string, object> Call(Func<CallContext, object> handler, string payloadJson, DateTime? deadline = null)
        {
            var context = new CallContext
            {
                Payload = Fields.Of(JsonReader.Parse(payloadJson), ""),
                Deadline = deadline,
                Session = Session,
                Keys = Keys,
                Clock = Clock,
                Log = TextWriter.Null,
            };
            return (Dictionary<string, object>)handler(context);
        }

        /// <summary>Saves a reserved ZK for TW-1 x2 and TW-2 x1 directly in the fake, as if written before.</summary>
        public FakeDocument SavedOrder(string key)
        {
            var order = Subiekt.SuDokumentyManager.DodajZK();
            order.KontrahentId = 7;
            order.NumerOryginalny = key;
            order.StatusDokumentu = 7;
            order.Pozycje.Dodaj("TW-1").IloscJm = 2;
            order.Pozycje.Items[0].CenaNettoPrzedRabatem = 10;
            order.Pozycje.Dodaj("TW-2").IloscJm = 1;
            order.Pozycje.Items[1].CenaNettoPrzedRabatem = 5;
            order.Zapisz();
            return order;
        }
    }

    public static class Results
    {
        public static Dictionary<string, object> Document(Dictionary<string, object> result)
        {
            return (Dictionary<string, object>)result["document"];
        }
    }
}
