using System;
using System.Collections.Generic;

namespace SferaBridge.Protocol
{
    /// <summary>
    /// Typed reads of a parsed JSON object. A missing or mistyped field fails with BAD_REQUEST
    /// naming its full path ("lines.2.quantity"), the way the agent's zod errors name fields.
    /// </summary>
    public sealed class Fields
    {
        private readonly Dictionary<string, object> _values;
        private readonly string _path;

        public Fields(Dictionary<string, object> values, string path)
        {
            _values = values;
            _path = path;
        }

        public static Fields Of(object value, string path)
        {
            var map = value as Dictionary<string, object>;
            if (map == null) throw BridgeException.BadRequest(path == "" ? "payload" : path, "must be an object");
            return new Fields(map, path);
        }

        public string Str(string name)
        {
            var value = OptStr(name);
            if (value == null) throw BridgeException.BadRequest(PathOf(name), "is missing");
            return value;
        }

        public string OptStr(string name)
        {
            object value;
            if (!_values.TryGetValue(name, out value) || value == null) return null;
            var text = value as string;
            if (text == null) throw BridgeException.BadRequest(PathOf(name), "must be a string");
            return text;
        }

        public double Num(string name)
        {
            var value = OptNum(name);
            if (!value.HasValue) throw BridgeException.BadRequest(PathOf(name), "is missing");
            return value.Value;
        }

        public double? OptNum(string name)
        {
            object value;
            if (!_values.TryGetValue(name, out value) || value == null) return null;
            if (!(value is double)) throw BridgeException.BadRequest(PathOf(name), "must be a number");
            return (double)value;
        }

        public int Int(string name)
        {
            var value = OptInt(name);
            if (!value.HasValue) throw BridgeException.BadRequest(PathOf(name), "is missing");
            return value.Value;
        }

        public int? OptInt(string name)
        {
            var value = OptNum(name);
            if (!value.HasValue) return null;
            if (value.Value != Math.Floor(value.Value) || Math.Abs(value.Value) > int.MaxValue)
                throw BridgeException.BadRequest(PathOf(name), "must be a whole number");
            return (int)value.Value;
        }

        public bool Bool(string name)
        {
            object value;
            if (!_values.TryGetValue(name, out value) || value == null) throw BridgeException.BadRequest(PathOf(name), "is missing");
            if (!(value is bool)) throw BridgeException.BadRequest(PathOf(name), "must be true or false");
            return (bool)value;
        }

        public string OneOf(string name, params string[] allowed)
        {
            var value = Str(name);
            if (Array.IndexOf(allowed, value) < 0)
                throw BridgeException.BadRequest(PathOf(name), "must be one of " + string.Join(", ", allowed));
            return value;
        }

        /// <summary>True when the field is absent or null.</summary>
        public bool IsNull(string name)
        {
            object value;
            return !_values.TryGetValue(name, out value) || value == null;
        }

        public Fields Obj(string name)
        {
            if (IsNull(name)) throw BridgeException.BadRequest(PathOf(name), "is missing");
            return Of(_values[name], PathOf(name));
        }

        public List<Fields> List(string name)
        {
            object value;
            if (!_values.TryGetValue(name, out value) || value == null) throw BridgeException.BadRequest(PathOf(name), "is missing");
            var items = value as List<object>;
            if (items == null) throw BridgeException.BadRequest(PathOf(name), "must be a list");
            if (items.Count == 0) throw BridgeException.BadRequest(PathOf(name), "must not be empty");
            var result = new List<Fields>();
            for (int i = 0; i < items.Count; i++) result.Add(Of(items[i], PathOf(name) + "." + i));
            return result;
        }

        public string PathOf(string name)
        {
            return _path == "" ? name : _path + "." + name;
        }
    }
}
