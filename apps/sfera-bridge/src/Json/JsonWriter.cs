using System;
using System.Collections;
using System.Globalization;
using System.Text;

namespace SferaBridge.Json
{
    /// <summary>
    /// Writes plain values (dictionaries, lists, strings, numbers, booleans, null, DateTime) as one
    /// line of JSON. Every character outside printable ASCII is escaped, so the line survives any
    /// console code page between the bridge and its reader (Windows consoles default to CP852).
    /// </summary>
    public static class JsonWriter
    {
        public static string Write(object value)
        {
            var text = new StringBuilder();
            WriteValue(text, value);
            return text.ToString();
        }

        private static void WriteValue(StringBuilder text, object value)
        {
            if (value == null) { text.Append("null"); return; }
            if (value is string) { WriteString(text, (string)value); return; }
            if (value is bool) { text.Append((bool)value ? "true" : "false"); return; }
            if (value is DateTime) { WriteString(text, ((DateTime)value).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)); return; }
            if (value is int || value is long || value is short || value is byte)
            {
                text.Append(Convert.ToInt64(value).ToString(CultureInfo.InvariantCulture));
                return;
            }
            if (value is double || value is float || value is decimal)
            {
                double number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsNaN(number) || double.IsInfinity(number)) throw new ArgumentException("JSON has no NaN or Infinity");
                text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                return;
            }
            var map = value as IDictionary;
            if (map != null) { WriteObject(text, map); return; }
            var list = value as IEnumerable;
            if (list != null) { WriteArray(text, list); return; }
            throw new ArgumentException("cannot write a " + value.GetType().Name + " as JSON");
        }

        private static void WriteObject(StringBuilder text, IDictionary map)
        {
            text.Append('{');
            bool first = true;
            foreach (DictionaryEntry entry in map)
            {
                if (!first) text.Append(',');
                first = false;
                WriteString(text, (string)entry.Key);
                text.Append(':');
                WriteValue(text, entry.Value);
            }
            text.Append('}');
        }

        private static void WriteArray(StringBuilder text, IEnumerable list)
        {
            text.Append('[');
            bool first = true;
            foreach (object item in list)
            {
                if (!first) text.Append(',');
                first = false;
                WriteValue(text, item);
            }
            text.Append(']');
        }

        private static void WriteString(StringBuilder text, string value)
        {
            text.Append('"');
            foreach (char c in value)
            {
                if (c == '"') text.Append("\\\"");
                else if (c == '\\') text.Append("\\\\");
                else if (c == '\n') text.Append("\\n");
                else if (c == '\r') text.Append("\\r");
                else if (c == '\t') text.Append("\\t");
                else if (c < ' ' || c > '~') text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else text.Append(c);
            }
            text.Append('"');
        }
    }
}
