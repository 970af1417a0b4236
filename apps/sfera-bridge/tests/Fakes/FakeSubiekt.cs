using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SferaBridge.Tests.Fakes
{
    /// <summary>
    /// A stand-in for Sfera's InsERT.Subiekt automation object: the members the bridge calls, with
    /// the behaviour the public bridges describe (documents numbered on Zapisz, objects an operator
    /// holds refusing saves, NaPodstawie copying a document's lines). The bridge reaches it through
    /// `dynamic`, exactly as it reaches the COM object on Windows.
    /// </summary>
    public sealed class FakeSubiekt
    {
        public int MagazynId { get; set; }
        /// <summary>The fake runs inside the bridge, so Subiekt's process is the bridge's own.</summary>
        public int IdentyfikatorProcesu { get { return System.Diagnostics.Process.GetCurrentProcess().Id; } }
        public FakeApplication Aplikacja { get; private set; }
        public FakeDocuments SuDokumentyManager { get; private set; }
        public FakeCatalog TowaryManager { get; private set; }
        public FakeCustomers KontrahenciManager { get; private set; }
        /// <summary>SQL Server gone: every round trip throws.</summary>
        public bool Dead { get; set; }
        public bool Ended { get; private set; }
        /// <summary>The next saves that fail as if an operator held the object open.</summary>
        public int LockedSaves { get; set; }
        /// <summary>Set: the next save fails with this message (Sfera refusing the write).</summary>
        public string RefuseNextSave { get; set; }
        public bool PrinterFails { get; set; }
        public readonly List<string> Events = new List<string>();

        public FakeSubiekt()
        {
            MagazynId = 1;
            Aplikacja = new FakeApplication();
            SuDokumentyManager = new FakeDocuments(this);
            TowaryManager = new FakeCatalog(this);
            KontrahenciManager = new FakeCustomers(this);
        }

        public void Zakoncz()
        {
            Ended = true;
        }

        /// <summary>What every Zapisz goes through: a dead session, a lock or a refusal throws.</summary>
        public void CheckSave(string what)
        {
            if (Dead) throw new COMException("[DBNETLIB] SQL Server does not exist or access denied", unchecked((int)0x80004005));
            if (LockedSaves > 0)
            {
                LockedSaves--;
                Events.Add("locked " + what);
                throw new COMException("Obiekt " + what + " został zablokowany przez operatora Kasia", unchecked((int)0x80004005));
            }
            if (RefuseNextSave != null)
            {
                string message = RefuseNextSave;
                RefuseNextSave = null;
                throw new COMException(message, unchecked((int)0x80004005));
            }
        }
    }

    public sealed class FakeApplication
    {
        public string Wersja { get { return "1.88 HF4"; } }
    }

    /// <summary>A collection as OtworzKolekcje returns it.</summary>
    public sealed class FakeCollection
    {
        public int Liczba { get; set; }
    }
}
