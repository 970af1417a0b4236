using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SferaBridge.Json
{
    /// <summary>A malformed JSON text; the message says where.</summary>
    public sealed class JsonException : Exception
    {
        public JsonException(string message) : base(message) { }
    }

    /// <summary>
    /// Parses one JSON text into plain values: Dictionary&lt;string, object&gt;, List&lt;object&gt;,
    /// string, double, bool or null. .NET Framework 4.8 has no JSON parser in mscorlib and the
    /// bridge takes no NuGet packages, so it carries this small one (RFC 8259, no extensions).
    /// </summary>
    public sealed class JsonReader
    {
        private readonly string _text;
        private int _at;

        private JsonReader(string text)
        {
            _text = text;
        }

        public static object Parse(string text)
        {
            var reader = new JsonReader(text);
            reader.SkipSpace();
            var value = reader.ReadValue(0);
            reader.SkipSpace();
            if (reader._at != text.Length) throw reader.Fail("unexpected text after the value");
            return value;
        }

        private const int MaxDepth = 64;

        private object ReadValue(int depth)
        {
            if (depth > MaxDepth) throw Fail("nested too deeply");
            if (_at >= _text.Length) throw Fail("unexpected end");
            char c = _text[_at];
            if (c == '{') return ReadObject(depth);
            if (c == '[') return ReadArray(depth);
            if (c == '"') return ReadString();
            if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
            if (Match("true")) return true;
            if (Match("false")) return false;
            if (Match("null")) return null;
            throw Fail("unexpected character '" + c + "'");
        }

        private Dictionary<string, object> ReadObject(int depth)
        {
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            _at++;
            SkipSpace();
            if (Peek() == '}') { _at++; return result; }
            while (true)
            {
                SkipSpace();
                if (Peek() != '"') throw Fail("expected a property name");
                string name = ReadString();
                SkipSpace();
                Expect(':');
                SkipSpace();
                result[name] = ReadValue(depth + 1);
                SkipSpace();
                if (Peek() == ',') { _at++; continue; }
                Expect('}');
                return result;
            }
        }

        private List<object> ReadArray(int depth)
        {
            var result = new List<object>();
            _at++;
            SkipSpace();
            if (Peek() == ']') { _at++; return result; }
            while (true)
            {
                SkipSpace();
                result.Add(ReadValue(depth + 1));
                SkipSpace();
                if (Peek() == ',') { _at++; continue; }
                Expect(']');
                return result;
            }
        }

        private string ReadString()
        {
            _at++;
            var text = new StringBuilder();
            while (true)
            {
                if (_at >= _text.Length) throw Fail("unterminated string");
                char c = _text[_at++];
                if (c == '"') return text.ToString();
                if (c < ' ') throw Fail("control character in a string");
                if (c != '\\') { text.Append(c); continue; }
                if (_at >= _text.Length) throw Fail("unterminated escape");
                char e = _text[_at++];
                if (e == '"' || e == '\\' || e == '/') text.Append(e);
                else if (e == 'b') text.Append('\b');
                else if (e == 'f') text.Append('\f');
                else if (e == 'n') text.Append('\n');
                else if (e == 'r') text.Append('\r');
                else if (e == 't') text.Append('\t');
                else if (e == 'u') text.Append(ReadHex4());
                else throw Fail("unknown escape \\" + e);
            }
        }

        private char ReadHex4()
        {
            if (_at + 4 > _text.Length) throw Fail("short \\u escape");
            int code;
            if (!int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code))
                throw Fail("bad \\u escape");
            _at += 4;
            return (char)code;
        }

        private double ReadNumber()
        {
            int start = _at;
            if (Peek() == '-') _at++;
            while (_at < _text.Length && "0123456789+-.eE".IndexOf(_text[_at]) >= 0) _at++;
            double value;
            string token = _text.Substring(start, _at - start);
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                throw Fail("bad number " + token);
            return value;
        }

        private bool Match(string word)
        {
            if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0) return false;
            _at += word.Length;
            return true;
        }

        private char Peek()
        {
            return _at < _text.Length ? _text[_at] : '\0';
        }

        private void Expect(char c)
        {
            if (Peek() != c) throw Fail("expected '" + c + "'");
            _at++;
        }

        private void SkipSpace()
        {
            while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\r' || _text[_at] == '\n')) _at++;
        }

        private JsonException Fail(string what)
        {
            return new JsonException("invalid JSON at character " + _at + ": " + what);
        }
    }
}
