using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SferaBridge.Tests.Fakes
{
    /// <summary>SuDokument with the attributes the bridge sets and reads.</summary>
    public sealed class FakeDocument
    {
        private readonly FakeSubiekt _subiekt;
        public readonly string Prefix;

        public FakeDocument(FakeSubiekt subiekt, int type, string prefix)
        {
            _subiekt = subiekt;
            Typ = type;
            Prefix = prefix;
            Pozycje = new FakePositions(subiekt);
            PozycjeBrakujace = new FakeCollection();
            NumerPelny = "";
        }

        public int Typ { get; private set; }
        public int Identyfikator { get; set; }
        public string NumerPelny { get; set; }
        public int KontrahentId { get; set; }
        public bool LiczonyOdCenNetto { get; set; }
        public bool Rezerwacja { get; set; }
        public int StatusDokumentu { get; set; }
        public DateTime TerminRealizacji { get; set; }
        public string NumerOryginalny { get; set; }
        public FakePositions Pozycje { get; private set; }
        public FakeCollection PozycjeBrakujace { get; private set; }
        public double PlatnoscGotowkaKwota { get; set; }
        public double PlatnoscKartaKwota { get; set; }
        public double PlatnoscPrzelewKwota { get; set; }
        public double PlatnoscKredytKwota { get; set; }
        public bool RejestrujNaUF { get; set; }
        public int DrukarkaFiskalnaId { get; set; }
        public int MagazynNadawczyId { get; set; }
        public int MagazynOdbiorczyId { get; set; }
        public int MagazynId { get; set; }
        public string FlagaNazwa { get; set; }
        public string FlagaKomentarz { get; set; }
        public int? SourceId { get; private set; }
        /// <summary>The key as it stood when Zapisz committed the document.</summary>
        public string KeyAtSave { get; private set; }
        public int Saves { get; private set; }
        public int StatusAtSave { get; private set; }
        public int Prints { get; private set; }
        public bool Closed { get; private set; }

        public double WartoscBrutto
        {
            get
            {
                double gross = 0;
                foreach (var position in Pozycje.Items) gross += Convert.ToDouble(position.IloscJm) * position.CenaNettoPrzedRabatem * 1.23;
                return Math.Round(gross, 2);
            }
        }

        /// <summary>Copies the source's customer, lines and external number, as Sfera fills a document "na podstawie".</summary>
        public void NaPodstawie(int sourceId)
        {
            var source = _subiekt.SuDokumentyManager.Wczytaj(sourceId);
            SourceId = sourceId;
            KontrahentId = source.KontrahentId;
            NumerOryginalny = source.NumerOryginalny;
            foreach (var line in source.Pozycje.Items) Pozycje.Copy(line);
            PlatnoscGotowkaKwota = WartoscBrutto;
        }

        public void ZapiszSymulacja()
        {
            foreach (var position in Pozycje.Items)
            {
                if (Convert.ToDouble(position.IloscJm) > 100) PozycjeBrakujace.Liczba++;
            }
            if (PozycjeBrakujace.Liczba > 0) throw new COMException("Brak towaru w magazynie");
        }

        public void Zapisz()
        {
            _subiekt.CheckSave(Prefix);
            if (Identyfikator == 0) MagazynId = Typ == 9 ? MagazynNadawczyId : _subiekt.MagazynId;
            // Subiekt fills ob_MagId with the document's warehouse for a line that names none.
            foreach (var position in Pozycje.Items)
            {
                if (position.MagazynId == 0) position.MagazynId = MagazynId;
                position.SavedMagazynId = position.MagazynId;
            }
            StatusAtSave = StatusDokumentu;
            _subiekt.SuDokumentyManager.Register(this);
            KeyAtSave = NumerOryginalny;
            Saves++;
            _subiekt.Events.Add("saved " + NumerPelny);
        }

        public void Przelicz() { }

        public void Drukuj(bool dialog)
        {
            if (_subiekt.PrinterFails) throw new COMException("Drukarka fiskalna nie odpowiada");
            Prints++;
        }

        public void Zamknij()
        {
            Closed = true;
        }
    }
}
