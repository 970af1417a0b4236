using System;
using System.Collections.Generic;
using SferaBridge.Json;
using SferaBridge.Protocol;

namespace SferaBridge.Tests
{
    public static class ProtocolTests
    {
        public static void JsonRoundTripsValuesAndWritesOnlyAscii()
        {
            string text = "{\"a\":[1,2.5,-3e2,true,false,null],\"b\":\"Łódź \\\"x\\\"\\n\",\"c\":{}}";
            var parsed = (Dictionary<string, object>)JsonReader.Parse(text);
            Check.Equal("Łódź \"x\"\n", parsed["b"], "string with escapes and Polish letters");
            Check.Equal(-300.0, ((List<object>)parsed["a"])[2], "exponent");
            string written = JsonWriter.Write(parsed);
            Check.Equal("{\"a\":[1,2.5,-300,true,false,null],\"b\":\"\\u0141\\u00f3d\\u017a \\\"x\\\"\\n\",\"c\":{}}", written, "written");
            Check.Equal("Łódź \"x\"\n", ((Dictionary<string, object>)JsonReader.Parse(written))["b"], "read back");
        }

        public static void JsonRejectsMalformedTextSayingWhere()
        {
            var error = Check.Throws<JsonException>(() => JsonReader.Parse("{\"a\": tru}"));
            Check.True(error.Message.Contains("character 6"), error.Message);
            Check.Throws<JsonException>(() => JsonReader.Parse("{\"a\":1} x"));
            Check.Throws<JsonException>(() => JsonReader.Parse("\"open"));
        }

        public static void EnvelopeCarriesTypeTimeoutAndDeadline()
        {
            string id;
            var at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var envelope = Envelope.Parse("{\"v\":1,\"id\":\"c1\",\"type\":\"order.create\",\"timeoutMs\":1500,\"payload\":{\"key\":\"k\"}}", at, out id);
            Check.Equal("c1", id, "id");
            Check.Equal("order.create", envelope.Type, "type");
            Check.Equal(at.AddMilliseconds(1500), envelope.Deadline, "deadline");
            Check.Equal("k", envelope.Payload.Str("key"), "payload");
        }

        public static void EnvelopeProblemsAfterTheIdAreAnsweredForThatId()
        {
            string id = null;
            var error = Check.Throws<BridgeException>(() => Envelope.Parse("{\"v\":2,\"id\":\"c9\",\"type\":\"health\",\"payload\":{}}", DateTime.UtcNow, out id));
            Check.Equal("c9", id, "id known");
            Check.Equal(ErrorCodes.BadRequest, error.Code, "code");
            Check.True(error.Message.StartsWith("v:"), error.Message);
            Check.Throws<JsonException>(() => Envelope.Parse("{\"v\":1,\"type\":\"health\"}", DateTime.UtcNow, out id));
        }

        public static void FieldsNameThePathOfABadField()
        {
            var payload = Fields.Of(JsonReader.Parse("{\"lines\":[{\"sku\":\"A\",\"quantity\":1},{\"sku\":\"B\",\"quantity\":\"2\"}]}"), "");
            var lines = payload.List("lines");
            var error = Check.Throws<BridgeException>(() => lines[1].Num("quantity"));
            Check.Equal("lines.1.quantity: must be a number", error.Message, "mistyped");
            Check.Equal("key: is missing", Check.Throws<BridgeException>(() => payload.Str("key")).Message, "missing");
            Check.Equal("lines.0.price: is missing", Check.Throws<BridgeException>(() => lines[0].Num("price")).Message, "nested missing");
            Check.False(error.Retryable, "bad input is not retryable");
        }
    }
}
