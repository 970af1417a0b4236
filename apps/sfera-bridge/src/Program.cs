using System;
using System.IO;
using System.Text;
using SferaBridge.Host;
using SferaBridge.Sfera;

namespace SferaBridge
{
    /// <summary>
    /// SferaBridge.exe: started and supervised by the ERP Bridge agent on the client's Windows server.
    /// stdin/stdout carry the JSON-lines protocol (apps/agent/src/erp/subiekt-gt/sfera/); stderr is a
    /// free-text log the agent copies into its own.
    /// </summary>
    public static class Program
    {
        public static int Main()
        {
            var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            var log = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true });
            return new BridgeHost(input, output, log, new ComConnector(), new SystemClock()).Run();
        }
    }
}
