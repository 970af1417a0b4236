using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SferaBridge.Tests.Fakes
{
    /// <summary>SuDokumentyManager: creates documents by type and loads saved ones by id.</summary>
    public sealed class FakeDocuments
    {
        private readonly FakeSubiekt _subiekt;
        public readonly List<FakeDocument> Saved = new List<FakeDocument>();

        public FakeDocuments(FakeSubiekt subiekt)
        {
            _subiekt = subiekt;
        }

        public FakeDocument DodajZK() { return New(16, "ZK"); }
        public FakeDocument DodajFS() { return New(2, "FS"); }
        public FakeDocument DodajPAi() { return New(21, "PA"); }
        public FakeDocument DodajKFS() { return New(6, "KFS"); }
        public FakeDocument DodajMM() { return New(9, "MM"); }

        public FakeDocument Wczytaj(int id)
        {
            if (_subiekt.Dead) throw new COMException("connection lost");
            var found = Saved.Find(d => d.Identyfikator == id);
            if (found == null) throw new COMException("Dokument o identyfikatorze " + id + " nie istnieje");
            return found;
        }

        public FakeCollection OtworzKolekcje(string filter, string sort)
        {
            if (_subiekt.Dead) throw new COMException("connection lost");
            return new FakeCollection { Liczba = 0 };
        }

        /// <summary>Numbers a document the way Subiekt does on its first save.</summary>
        public void Register(FakeDocument document)
        {
            if (Saved.Contains(document)) return;
            document.Identyfikator = 1000 + Saved.Count;
            int inSeries = Saved.FindAll(d => d.Prefix == document.Prefix).Count + 1;
            document.NumerPelny = document.Prefix + " " + inSeries + "/2026";
            Saved.Add(document);
        }

        public List<FakeDocument> OfType(string prefix)
        {
            return Saved.FindAll(d => d.Prefix == prefix);
        }

        /// <summary>
        /// st_StanRez as Subiekt keeps it, in our reading: the saved quantities of reserving ZK (status 7)
        /// per product and the warehouse each saved position names.
        /// </summary>
        public double Reserved(string symbol, int warehouseId)
        {
            double reserved = 0;
            foreach (var document in Saved)
            {
                if (document.Typ != 16 || document.StatusAtSave != 7) continue;
                foreach (var position in document.Pozycje.Items)
                {
                    if (position.TowarSymbol == symbol && position.SavedMagazynId == warehouseId)
                        reserved += System.Convert.ToDouble(position.IloscJm);
                }
            }
            return reserved;
        }

        private FakeDocument New(int type, string prefix)
        {
            return new FakeDocument(_subiekt, type, prefix);
        }
    }
}
