using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace SferaBridge.Tests.Fakes
{
    /// <summary>TowaryManager: products by symbol.</summary>
    public sealed class FakeCatalog
    {
        private readonly FakeSubiekt _subiekt;
        public readonly Dictionary<string, FakeRecord> Products = new Dictionary<string, FakeRecord>();

        public FakeCatalog(FakeSubiekt subiekt)
        {
            _subiekt = subiekt;
        }

        public void Add(int id, string symbol, string name)
        {
            Products[symbol] = new FakeRecord { Identyfikator = id, Symbol = symbol, Nazwa = name };
        }

        public bool Istnieje(string symbol)
        {
            if (_subiekt.Dead) throw new COMException("connection lost");
            return Products.ContainsKey(symbol);
        }

        public FakeRecord Wczytaj(string symbol)
        {
            return Products[symbol];
        }
    }

    /// <summary>KontrahenciManager: customers by symbol; new ones saved like documents.</summary>
    public sealed class FakeCustomers
    {
        private readonly FakeSubiekt _subiekt;
        public readonly Dictionary<string, FakeRecord> Customers = new Dictionary<string, FakeRecord>();

        public FakeCustomers(FakeSubiekt subiekt)
        {
            _subiekt = subiekt;
        }

        public bool Istnieje(string symbol)
        {
            if (_subiekt.Dead) throw new COMException("connection lost");
            return Customers.ContainsKey(symbol);
        }

        public FakeRecord Wczytaj(string symbol)
        {
            return Customers[symbol];
        }

        public FakeRecord DodajKontrahenta()
        {
            return new FakeRecord { OnSave = Save };
        }

        public void Add(int id, string symbol, string name)
        {
            Customers[symbol] = new FakeRecord { Identyfikator = id, Symbol = symbol, Nazwa = name };
        }

        private void Save(FakeRecord customer)
        {
            _subiekt.CheckSave("kontrahent");
            customer.Identyfikator = 500 + Customers.Count;
            Customers[customer.Symbol] = customer;
        }
    }

    /// <summary>A product or a customer: Towar and Kontrahent share what the bridge touches.</summary>
    public sealed class FakeRecord
    {
        public System.Action<FakeRecord> OnSave;
        public int Identyfikator { get; set; }
        public string Symbol { get; set; }
        public string Nazwa { get; set; }
        public string NazwaPelna { get; set; }
        public bool Osoba { get; set; }
        public string NIP { get; set; }
        public string Email { get; set; }
        public string Ulica { get; set; }
        public string KodPocztowy { get; set; }
        public string Miejscowosc { get; set; }

        public void Zapisz()
        {
            OnSave(this);
        }

        public void Zamknij() { }
    }
}
