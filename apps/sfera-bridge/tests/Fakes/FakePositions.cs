using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SferaBridge.Tests.Fakes
{
    /// <summary>SuDokument.Pozycje: 1-based like every Sfera collection.</summary>
    public sealed class FakePositions
    {
        private readonly FakeSubiekt _subiekt;
        public readonly List<FakePosition> Items = new List<FakePosition>();

        public FakePositions(FakeSubiekt subiekt)
        {
            _subiekt = subiekt;
        }

        public int Liczba { get { return Items.Count; } }

        public FakePosition Element(int index)
        {
            return Items[index - 1];
        }

        public FakePosition Dodaj(string symbol)
        {
            if (!_subiekt.TowaryManager.Istnieje(symbol)) throw new COMException("Towar " + symbol + " nie istnieje");
            var position = new FakePosition { TowarSymbol = symbol };
            Items.Add(position);
            return position;
        }

        public void Copy(FakePosition source)
        {
            var copy = new FakePosition
            {
                TowarSymbol = source.TowarSymbol,
                IloscJm = source.IloscJm,
                CenaNettoPrzedRabatem = source.CenaNettoPrzedRabatem,
            };
            copy.IloscJmPoKorekcie = source.IloscJm;
            Items.Add(copy);
        }
    }

    public sealed class FakePosition
    {
        public string TowarSymbol { get; set; }
        public object IloscJm { get; set; }
        public object IloscJmPoKorekcie { get; set; }
        public double CenaNettoPrzedRabatem { get; set; }
        public int MagazynId { get; set; }
        /// <summary>The warehouse as the last Zapisz of its document stored it (ob_MagId).</summary>
        public int SavedMagazynId { get; set; }
    }
}
