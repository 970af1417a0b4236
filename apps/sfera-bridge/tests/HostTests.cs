using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using SferaBridge.Host;
using SferaBridge.Json;
using SferaBridge.Tests.Fakes;

namespace SferaBridge.Tests
{
    /// <summary>The whole bridge over in-memory stdin and stdout, as the agent drives it.</summary>
    public static class HostTests
    {
        private sealed class Running
        {
            public readonly LineReader Input = new LineReader();
            public readonly LineWriter Output = new LineWriter();
            public readonly FakeConnector Connector;
            private readonly Thread _thread;

            public Running(TimeSpan coldStart)
            {
                var subiekt = new FakeSubiekt();
                subiekt.TowaryManager.Add(11, "TW-1", "Kubek");
                Connector = new FakeConnector(subiekt) { ColdStart = coldStart };
                var host = new BridgeHost(Input, Output, TextWriter.Null, Connector, new SystemClock());
                _thread = new Thread(() => host.Run());
                _thread.Start();
            }

            public Dictionary<string, object> Next()
            {
                return (Dictionary<string, object>)JsonReader.Parse(Output.Next(TimeSpan.FromSeconds(5)));
            }

            public void Stop()
            {
                Input.Close();
                _thread.Join();
            }
        }

        private const string Open = "{\"v\":1,\"id\":\"s1\",\"type\":\"session.open\",\"payload\":{\"server\":\"S\",\"database\":\"D\",\"sqlUser\":\"sa\",\"sqlPassword\":\"p\",\"operator\":\"Integracja\",\"operatorPassword\":\"x\"}}";

        private static Dictionary<string, object> Payload(Dictionary<string, object> message)
        {
            return (Dictionary<string, object>)message["payload"];
        }

        private static Dictionary<string, object> Value(Dictionary<string, object> message)
        {
            return (Dictionary<string, object>)Payload(message)["value"];
        }

        public static void HealthAnswersStartingWhileSubiektStarts()
        {
            var bridge = new Running(TimeSpan.FromMilliseconds(300));
            bridge.Input.Send(Open);
            Thread.Sleep(100);
            bridge.Input.Send("{\"v\":1,\"id\":\"h1\",\"type\":\"health\",\"payload\":{}}");
            var health = bridge.Next();
            Check.Equal("h1", health["id"], "health answered first");
            Check.Equal("starting", Value(health)["state"], "starting");
            Check.Equal("session.open", ((Dictionary<string, object>)Value(health)["busy"])["type"], "what the STA thread is doing");
            var opened = bridge.Next();
            Check.Equal("s1", opened["id"], "then the session");
            Check.Equal("Integracja", Value(opened)["operator"], "operator");
            bridge.Input.Send("{\"v\":1,\"id\":\"h2\",\"type\":\"health\",\"payload\":{}}");
            Check.Equal("ready", Value(bridge.Next())["state"], "ready");
            bridge.Stop();
            Check.True(bridge.Connector.Subiekt.Ended, "the session ends when the agent closes stdin");
        }

        public static void ACallQueuedPastItsTimeoutIsNotStarted()
        {
            var bridge = new Running(TimeSpan.FromMilliseconds(300));
            bridge.Input.Send(Open);
            bridge.Input.Send("{\"v\":1,\"id\":\"c1\",\"type\":\"catalog.read\",\"timeoutMs\":50,\"payload\":{\"productSymbol\":\"TW-1\",\"customerSymbol\":\"KH\"}}");
            bridge.Next();
            var expired = Payload(bridge.Next());
            var error = (Dictionary<string, object>)expired["error"];
            Check.Equal("EXPIRED", error["code"], "not started");
            Check.Equal(true, error["retryable"], "retryable");
            bridge.Stop();
        }

        public static void AWriteAsksTheAgentForItsKeyAndWaitsForTheAnswer()
        {
            var bridge = new Running(TimeSpan.Zero);
            bridge.Input.Send(Open);
            bridge.Next();
            bridge.Input.Send("{\"v\":1,\"id\":\"t1\",\"type\":\"transfer.create\",\"timeoutMs\":5000,\"payload\":{\"key\":\"o7-t\",\"fromWarehouseId\":1,\"toWarehouseId\":2,\"lines\":[{\"sku\":\"TW-1\",\"quantity\":1}]}}");
            var lookup = bridge.Next();
            Check.Equal("lookup", lookup["type"], "asks");
            Check.Equal("o7-t", Payload(lookup)["key"], "for its key");
            bridge.Input.Send("{\"v\":1,\"id\":\"" + lookup["id"] + "\",\"type\":\"lookup.result\",\"payload\":{\"ok\":true,\"document\":null}}");
            var written = bridge.Next();
            Check.Equal("t1", written["id"], "answers the call");
            Check.Equal(true, Value(written)["created"], "written");
            bridge.Stop();
        }

        public static void AnUnknownTypeIsABadRequest()
        {
            var bridge = new Running(TimeSpan.Zero);
            bridge.Input.Send("{\"v\":1,\"id\":\"x1\",\"type\":\"order.delete\",\"payload\":{}}");
            var error = (Dictionary<string, object>)Payload(bridge.Next())["error"];
            Check.Equal("BAD_REQUEST", error["code"], "code");
            Check.Equal("type: unknown message type order.delete", error["message"], "message");
            bridge.Stop();
        }
    }
}
