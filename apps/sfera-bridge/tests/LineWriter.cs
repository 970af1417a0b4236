using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;

namespace SferaBridge.Tests
{
    /// <summary>A stdout the test reads line by line as the bridge writes.</summary>
    public sealed class LineWriter : TextWriter
    {
        private readonly BlockingCollection<string> _lines = new BlockingCollection<string>();

        public override Encoding Encoding { get { return Encoding.UTF8; } }

        public override void WriteLine(string value)
        {
            _lines.Add(value);
        }

        public string Next(TimeSpan timeout)
        {
            string line;
            if (!_lines.TryTake(out line, timeout)) throw new CheckFailed("no line from the bridge within " + timeout.TotalMilliseconds + " ms");
            return line;
        }
    }

    /// <summary>A stdin the test feeds line by line; Close ends it like the agent closing the pipe.</summary>
    public sealed class LineReader : TextReader
    {
        private readonly BlockingCollection<string> _lines = new BlockingCollection<string>();

        public void Send(string line)
        {
            _lines.Add(line);
        }

        public override void Close()
        {
            _lines.CompleteAdding();
        }

        public override string ReadLine()
        {
            string line;
            return _lines.TryTake(out line, -1) ? line : null;
        }
    }
}
