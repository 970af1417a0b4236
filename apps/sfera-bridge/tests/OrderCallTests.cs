using SferaBridge.Host;
using SferaBridge.Protocol;
using SferaBridge.Sfera.Calls;

namespace SferaBridge.Tests
{
    public static class OrderCallTests
    {
        private const string Order =
            "{\"key\":\"o0001\",\"customerId\":7,\"warehouseId\":3,\"reserve\":true,\"deliveryDue\":\"2026-03-25T00:00:00.000Z\"," +
            "\"lines\":[{\"sku\":\"TW-1\",\"quantity\":2,\"netPrice\":19.99},{\"sku\":\"TW-2\",\"quantity\":1.5,\"netPrice\":7.33}]}";

        public static void AZkCarriesItsKeyInTheSameSaveWithItsReservation()
        {
            var world = new World();
            var result = world.Call(CreateOrder.Run, Order);
            var zk = world.Subiekt.SuDokumentyManager.OfType("ZK")[0];
            Check.Equal(true, result["created"], "created");
            Check.Equal("ZK 1/2026", Results.Document(result)["number"], "number Subiekt gave");
            Check.Equal(zk.Identyfikator, Results.Document(result)["id"], "id");
            Check.Equal("o0001", zk.KeyAtSave, "key written by the one save");
            Check.Equal(1, zk.Saves, "one save");
            Check.Equal(7, zk.StatusDokumentu, "reserved");
            Check.True(zk.Rezerwacja, "reservation on");
            Check.Equal(7, zk.KontrahentId, "customer");
            Check.Equal(2, zk.Pozycje.Items[0].IloscJm, "whole quantity as int");
            Check.Equal(1.5, zk.Pozycje.Items[1].IloscJm, "fraction as double");
            Check.Equal(7.33, zk.Pozycje.Items[1].CenaNettoPrzedRabatem, "net price");
            Check.True(zk.Closed, "closed after the save");
            Check.Equal("o0001:ZK", world.Keys.Asked[0], "key checked first");
        }

        public static void AZkIsWrittenOnItsWarehouseAndTheSessionsIsPutBack()
        {
            var world = new World();
            world.Call(CreateOrder.Run, Order);
            Check.Equal(3, world.Subiekt.SuDokumentyManager.Saved[0].MagazynId, "document warehouse");
            Check.Equal(1, world.Subiekt.MagazynId, "session warehouse restored");
            world.Call(CreateOrder.Run, Order.Replace("o0001", "o0002").Replace("true", "false"));
            Check.Equal(6, world.Subiekt.SuDokumentyManager.Saved[1].StatusDokumentu, "without reservation");
        }

        public static void AKeyAlreadyWrittenReturnsThatDocumentAndSavesNothing()
        {
            var world = new World();
            world.Keys.Written["o0001"] = new FoundDocument { Id = 77, Number = "ZK 9/2026" };
            var result = world.Call(CreateOrder.Run, Order);
            Check.Equal(false, result["created"], "not created");
            Check.Equal(77, Results.Document(result)["id"], "the first document");
            Check.Equal(0, world.Subiekt.SuDokumentyManager.Saved.Count, "nothing saved");
        }

        public static void TheKeyIsCheckedAgainBeforeEveryRetry()
        {
            var world = new World();
            world.Subiekt.LockedSaves = 1;
            world.Keys.BeforeAnswer = key =>
            {
                if (world.Keys.Asked.Count == 2) world.Keys.Written[key] = new FoundDocument { Id = 90, Number = "ZK 4/2026" };
            };
            var result = world.Call(CreateOrder.Run, Order);
            Check.Equal(2, world.Keys.Asked.Count, "asked before each attempt");
            Check.Equal(90, Results.Document(result)["id"], "found on the second look");
            Check.Equal(0, world.Subiekt.SuDokumentyManager.Saved.Count, "no second document");
        }

        public static void AnUnknownProductIsRefusedNamingTheLine()
        {
            var world = new World();
            var error = Check.Throws<BridgeException>(() => world.Call(CreateOrder.Run, Order.Replace("TW-2", "TW-404")));
            Check.Equal(ErrorCodes.Refused, error.Code, "refused");
            Check.Equal("lines.1.sku: no product with symbol TW-404 in Subiekt", error.Message, "names the line");
            Check.Equal(0, world.Subiekt.SuDokumentyManager.Saved.Count, "nothing saved");
            Check.Equal(1, world.Subiekt.MagazynId, "session warehouse restored after the refusal");
        }

        public static void ClosingAnOrderReleasesItOnceAndThenChangesNothing()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            var first = world.Call(CloseOrder.Run, "{\"orderId\":" + zk.Identyfikator + ",\"action\":\"cancel\"}");
            Check.Equal(true, first["created"], "changed");
            Check.Equal(6, zk.StatusDokumentu, "without reservation");
            Check.False(zk.Rezerwacja, "reservation released");
            var again = world.Call(CloseOrder.Run, "{\"orderId\":" + zk.Identyfikator + ",\"action\":\"cancel\"}");
            Check.Equal(false, again["created"], "unchanged");
            Check.Equal(2, zk.Saves, "no second save");
            world.Call(CloseOrder.Run, "{\"orderId\":" + zk.Identyfikator + ",\"action\":\"complete\"}");
            Check.Equal(8, zk.StatusDokumentu, "fulfilled");
        }

        public static void ACustomerIsCreatedOnceBySymbol()
        {
            var world = new World();
            const string customer = "{\"symbol\":\"SKLEP-42\",\"name\":\"Anna Nowak\",\"email\":\"anna@example.pl\",\"city\":\"Kraków\"}";
            var first = world.Call(CreateCustomer.Run, customer);
            var again = world.Call(CreateCustomer.Run, customer);
            Check.Equal(true, first["created"], "created");
            Check.Equal(false, again["created"], "found by symbol");
            var saved = world.Subiekt.KontrahenciManager.Customers["SKLEP-42"];
            Check.Equal(((System.Collections.Generic.Dictionary<string, object>)again["customer"])["id"], saved.Identyfikator, "same customer");
            Check.True(saved.Osoba, "no NIP: a person");
            Check.Equal("anna@example.pl", saved.Email, "e-mail");
        }
    }
}
