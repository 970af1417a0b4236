using SferaBridge.Host;
using SferaBridge.Protocol;
using SferaBridge.Sfera.Calls;

namespace SferaBridge.Tests
{
    public static class DocumentCallTests
    {
        private static string Sale(int orderId, string extra)
        {
            return "{\"key\":\"o1-s\",\"kind\":\"PA\",\"orderId\":" + orderId + extra + "}";
        }

        public static void ASaleFromAnOrderCarriesItsOwnKeyNotTheOrders()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            var result = world.Call(CreateSale.Run, Sale(zk.Identyfikator, ",\"payment\":\"card\""));
            var pa = world.Subiekt.SuDokumentyManager.OfType("PA")[0];
            Check.Equal(zk.Identyfikator, pa.SourceId, "made from the order");
            Check.Equal("o1-s", pa.KeyAtSave, "the sale's key replaced the copied one");
            Check.Equal("PA 1/2026", Results.Document(result)["number"], "number");
            Check.Equal(0.0, pa.PlatnoscGotowkaKwota, "cash zeroed");
            Check.Equal(pa.WartoscBrutto, pa.PlatnoscKartaKwota, "paid by card");
            Check.Equal(0, pa.Prints, "no printer named: no print");
            Check.Equal("o1-s:FS,PA", world.Keys.Asked[0], "one key across FS and PA");
        }

        public static void AReceiptGoesToTheFiscalPrinterAfterItsSave()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            world.Call(CreateSale.Run, Sale(zk.Identyfikator, ",\"fiscalPrinterId\":2"));
            var pa = world.Subiekt.SuDokumentyManager.OfType("PA")[0];
            Check.True(pa.RejestrujNaUF, "registered on the fiscal device");
            Check.Equal(2, pa.DrukarkaFiskalnaId, "printer");
            Check.Equal(1, pa.Prints, "printed once");
        }

        public static void APrinterFailureKeepsTheSavedReceiptAndSaysSo()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            world.Subiekt.PrinterFails = true;
            var result = world.Call(CreateSale.Run, Sale(zk.Identyfikator, ",\"fiscalPrinterId\":2"));
            Check.Equal(true, result["created"], "saved");
            var warnings = (System.Collections.Generic.List<string>)result["warnings"];
            Check.True(warnings[0].Contains("Drukarka fiskalna nie odpowiada"), warnings[0]);
        }

        public static void MissingStockIsRefusedBeforeAnythingIsSaved()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            zk.Pozycje.Items[0].IloscJm = 500;
            var error = Check.Throws<BridgeException>(() => world.Call(CreateSale.Run, Sale(zk.Identyfikator, "")));
            Check.Equal(ErrorCodes.Refused, error.Code, "refused");
            Check.True(error.Message.StartsWith("not enough stock for 1 line"), error.Message);
            Check.Equal(0, world.Subiekt.SuDokumentyManager.OfType("PA").Count, "nothing saved");
        }

        public static void AReturnLowersTheSalesPositionsAndRefusesMoreThanSold()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            world.Call(CreateSale.Run, Sale(zk.Identyfikator, ""));
            var pa = world.Subiekt.SuDokumentyManager.OfType("PA")[0];
            pa.MagazynId = 4;
            var result = world.Call(CreateReturn.Run, "{\"key\":\"o1-r1\",\"saleId\":" + pa.Identyfikator + ",\"lines\":[{\"sku\":\"tw-1\",\"quantity\":1.5}]}");
            var kfs = world.Subiekt.SuDokumentyManager.OfType("KFS")[0];
            Check.Equal("KFS 1/2026", Results.Document(result)["number"], "number");
            Check.Equal(0.5, kfs.Pozycje.Items[0].IloscJmPoKorekcie, "2 sold, 1.5 back");
            Check.Equal(1, kfs.Pozycje.Items[1].IloscJmPoKorekcie, "other line unchanged");
            Check.Equal(4, kfs.MagazynId, "into the sale's warehouse");
            Check.Equal("o1-r1", kfs.KeyAtSave, "keyed");
            var tooMany = Check.Throws<BridgeException>(() =>
                world.Call(CreateReturn.Run, "{\"key\":\"o1-r2\",\"saleId\":" + pa.Identyfikator + ",\"lines\":[{\"sku\":\"TW-2\",\"quantity\":2}]}"));
            Check.Equal("lines.0.quantity: more TW-2 returned than the sale has left", tooMany.Message, "too many");
            var unknown = Check.Throws<BridgeException>(() =>
                world.Call(CreateReturn.Run, "{\"key\":\"o1-r3\",\"saleId\":" + pa.Identyfikator + ",\"lines\":[{\"sku\":\"TW-9\",\"quantity\":1}]}"));
            Check.Equal("lines.0.sku: TW-9 is not on the sale", unknown.Message, "not sold");
            Check.Equal(1, world.Subiekt.SuDokumentyManager.OfType("KFS").Count, "refusals saved nothing");
        }

        public static void ATransferNamesBothWarehousesAndItsKey()
        {
            var world = new World();
            var result = world.Call(CreateTransfer.Run, "{\"key\":\"o1-t\",\"fromWarehouseId\":1,\"toWarehouseId\":4,\"lines\":[{\"sku\":\"TW-1\",\"quantity\":2}]}");
            var mm = world.Subiekt.SuDokumentyManager.OfType("MM")[0];
            Check.Equal("MM 1/2026", Results.Document(result)["number"], "number");
            Check.Equal(1, mm.MagazynNadawczyId, "from");
            Check.Equal(4, mm.MagazynOdbiorczyId, "to");
            Check.Equal("o1-t", mm.KeyAtSave, "keyed");
            var same = Check.Throws<BridgeException>(() =>
                world.Call(CreateTransfer.Run, "{\"key\":\"o1-t\",\"fromWarehouseId\":1,\"toWarehouseId\":1,\"lines\":[{\"sku\":\"TW-1\",\"quantity\":2}]}"));
            Check.Equal("toWarehouseId: must differ from fromWarehouseId", same.Message, "same warehouse");
        }

        private static string TransferFor(int orderId, string lines)
        {
            return "{\"key\":\"o1-t\",\"fromWarehouseId\":1,\"toWarehouseId\":4,\"orderId\":" + orderId + ",\"lines\":" + lines + "}";
        }

        public static void ATransferForAnOrderMovesItsReservationWithTheGoods()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            var documents = world.Subiekt.SuDokumentyManager;
            var result = world.Call(CreateTransfer.Run, TransferFor(zk.Identyfikator, "[{\"sku\":\"TW-1\",\"quantity\":2}]"));
            Check.Equal(0, ((System.Collections.Generic.List<string>)result["warnings"]).Count, "no warnings");
            Check.Equal(0.0, documents.Reserved("TW-1", 1), "released in the store");
            Check.Equal(2.0, documents.Reserved("TW-1", 4), "reserved in the showroom");
            Check.Equal(1.0, documents.Reserved("TW-2", 1), "a product not carried stays reserved where it was");
            Check.Equal(2, zk.Saves, "the order saved once more, after the MM");
            Check.Equal("saved MM 1/2026", world.Subiekt.Events[world.Subiekt.Events.Count - 2], "MM first");
        }

        public static void APositionNamingNoWarehouseIsOnTheOrdersOwn()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            zk.Pozycje.Items[0].MagazynId = 0;
            world.Call(CreateTransfer.Run, TransferFor(zk.Identyfikator, "[{\"sku\":\"TW-1\",\"quantity\":2}]"));
            Check.Equal(4, zk.Pozycje.Items[0].SavedMagazynId, "moved from the order's warehouse");
            Check.Equal(2.0, world.Subiekt.SuDokumentyManager.Reserved("TW-1", 4), "reserved in the showroom");
        }

        public static void APositionTheTransferCoversInPartStaysAndIsNamed()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            var result = world.Call(CreateTransfer.Run, TransferFor(zk.Identyfikator, "[{\"sku\":\"TW-1\",\"quantity\":1}]"));
            var warnings = (System.Collections.Generic.List<string>)result["warnings"];
            Check.Equal("ZK 1/2026: position 1 needs 2, the transfer carries 1", warnings[0], "partly covered");
            Check.Equal(2.0, world.Subiekt.SuDokumentyManager.Reserved("TW-1", 1), "still reserved in the store");
            Check.Equal(1, zk.Saves, "the order not saved again");
        }

        public static void ARetryThatFindsTheTransferStillMovesTheOrder()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            world.Keys.Written["o1-t"] = new FoundDocument { Id = 5000, Number = "MM 7/2026" };
            var result = world.Call(CreateTransfer.Run, TransferFor(zk.Identyfikator, "[{\"sku\":\"TW-1\",\"quantity\":2}]"));
            Check.Equal(false, result["created"], "the MM written before is returned");
            Check.Equal(0, world.Subiekt.SuDokumentyManager.OfType("MM").Count, "no second MM");
            Check.Equal(2.0, world.Subiekt.SuDokumentyManager.Reserved("TW-1", 4), "the reservation follows on the retry");
            var again = world.Call(CreateTransfer.Run, TransferFor(zk.Identyfikator, "[{\"sku\":\"TW-1\",\"quantity\":2}]"));
            Check.Equal(0, ((System.Collections.Generic.List<string>)again["warnings"]).Count, "a repeat has nothing left to move, quietly");
            Check.Equal(2, zk.Saves, "and saves nothing");
        }

        public static void ATransferForADocumentThatIsNotAnOrderSavesNothing()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            world.Call(CreateSale.Run, Sale(zk.Identyfikator, ""));
            var pa = world.Subiekt.SuDokumentyManager.OfType("PA")[0];
            var error = Check.Throws<BridgeException>(() =>
                world.Call(CreateTransfer.Run, TransferFor(pa.Identyfikator, "[{\"sku\":\"TW-1\",\"quantity\":2}]")));
            Check.Equal("orderId: document PA 1/2026 is not a customer order (ZK)", error.Message, "refused naming the field");
            Check.Equal(0, world.Subiekt.SuDokumentyManager.OfType("MM").Count, "no MM");
        }

        public static void AFlagIsSetOnTheDocument()
        {
            var world = new World();
            var zk = world.SavedOrder("o1");
            var result = world.Call(SetFlag.Run, "{\"documentId\":" + zk.Identyfikator + ",\"flag\":\"Do odbioru\",\"comment\":\"ERP Bridge\"}");
            Check.Equal("Do odbioru", zk.FlagaNazwa, "flag");
            Check.Equal("ERP Bridge", zk.FlagaKomentarz, "comment");
            Check.Equal("ZK 1/2026", Results.Document(result)["number"], "answered with the document");
        }
    }
}
