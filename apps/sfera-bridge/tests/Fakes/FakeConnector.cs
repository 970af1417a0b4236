using System;
using System.Runtime.InteropServices;
using System.Threading;
using SferaBridge.Sfera;

namespace SferaBridge.Tests.Fakes
{
    /// <summary>
    /// Starts the fake Subiekt instead of COM activation. Operator names stand for the refusals a
    /// real login can meet, with messages in Sfera's words, so the classification runs as on Windows.
    /// </summary>
    public sealed class FakeConnector : ISferaConnector
    {
        public readonly FakeSubiekt Subiekt;
        public TimeSpan ColdStart = TimeSpan.Zero;
        public int Opens { get; private set; }

        public FakeConnector(FakeSubiekt subiekt)
        {
            Subiekt = subiekt;
        }

        public object Open(SessionOptions options)
        {
            Thread.Sleep(ColdStart);
            Opens++;
            if (options.Operator == "no-licence") throw new COMException("Brak aktywnej licencji na program Sfera dla Subiekta GT");
            if (options.Operator == "wrong") throw new COMException("Nieprawidłowa nazwa operatora lub hasło");
            Subiekt.Dead = false;
            return Subiekt;
        }
    }
}
