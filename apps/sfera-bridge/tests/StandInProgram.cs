using System;
using System.IO;
using System.Text;
using SferaBridge.Host;
using SferaBridge.Tests.Fakes;

namespace SferaBridge.Tests
{
    /// <summary>
    /// SferaBridge.StandIn.exe: the real bridge (protocol, queue, key checks, retries, calls) over the
    /// fake Subiekt, so the agent's tests can drive the C# bridge under Mono. Argument: the cold start
    /// in milliseconds. Operators "no-licence" and "wrong" are refused as FakeConnector describes.
    /// </summary>
    public static class StandInProgram
    {
        public static int Main(string[] args)
        {
            var subiekt = new FakeSubiekt();
            subiekt.TowaryManager.Add(11, "TW-1", "Kubek");
            subiekt.TowaryManager.Add(12, "TW-2", "Talerz");
            subiekt.KontrahenciManager.Add(7, "KH-1", "Nowak sp. z o.o.");
            var connector = new FakeConnector(subiekt);
            if (args.Length > 0) connector.ColdStart = TimeSpan.FromMilliseconds(int.Parse(args[0]));
            var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            var log = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true });
            return new BridgeHost(input, output, log, connector, new SystemClock()).Run();
        }
    }
}
