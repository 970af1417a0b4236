using System.Collections.Generic;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// A customer order (ZK), with or without reservation, keyed by its external key.
    ///
    /// Sequence: bambooooooo/Subiekt-GT-Bridge SGT-BRIDGE/Endpoints/Order.cs (DodajZK,
    /// NumerOryginalny = external number, StatusDokumentu = 7 with Rezerwacja = true,
    /// LiczonyOdCenNetto, KontrahentId, Zapisz) and ecogral/api-subiekt-gt
    /// src/apisubiektgt/subiektgt/order.php (DodajZK, KontrahentId, Pozycje.Dodaj(symbol), IloscJm,
    /// Rezerwacja, NumerOryginalny, LiczonyOdCenBrutto = false, Zapisz).
    /// Where they disagree: bambooooooo saves an empty ZK first and adds the lines in a second save,
    /// ecogral saves once; one save is used here, so no ZK ever exists without its lines or key.
    /// Only bambooooooo sets StatusDokumentu (7 reserved); ecogral leaves it to Rezerwacja. Both are
    /// set here, 7 or 6 ("without reservation"): SubiektDokumentStatusEnum as the agent's
    /// schema/document-codes.ts records it.
    /// ecogral sets line values gross (WartoscBruttoPoRabacie); the agent sends net prices, so
    /// CenaNettoPrzedRabatem, which robsonek/subiekt-bridge uses for net-priced documents.
    /// uncertain: a line on another warehouse than the order's (an order divided across warehouses)
    /// sets SuPozycja.MagazynId, which robsonek found does not move the document's own warehouse.
    /// </summary>
    public static class CreateOrder
    {
        public const int StatusReserved = 7;
        public const int StatusWithoutReservation = 6;

        public static object Run(CallContext ctx)
        {
            var p = ctx.Payload;
            string key = p.Str("key");
            int customerId = p.Int("customerId");
            int warehouseId = p.Int("warehouseId");
            bool reserve = p.Bool("reserve");
            var deliveryDue = Documents.OptDate(p, "deliveryDue");
            var lines = p.List("lines");
            return KeyedWrite.Run(ctx, key, new[] { "ZK" }, () =>
            {
                dynamic subiekt = ctx.Session.Subiekt;
                return Documents.InWarehouse(subiekt, warehouseId, (System.Func<Dictionary<string, object>>)(() =>
                {
                    dynamic order = subiekt.SuDokumentyManager.DodajZK();
                    try
                    {
                        order.KontrahentId = customerId;
                        order.LiczonyOdCenNetto = true;
                        order.Rezerwacja = reserve;
                        order.StatusDokumentu = reserve ? StatusReserved : StatusWithoutReservation;
                        if (deliveryDue.HasValue) order.TerminRealizacji = deliveryDue.Value;
                        foreach (var line in lines)
                        {
                            string sku = line.Str("sku");
                            Documents.RequireProduct(subiekt, sku, line.PathOf("sku"));
                            dynamic position = order.Pozycje.Dodaj(sku);
                            position.IloscJm = Documents.Quantity(line.Num("quantity"));
                            position.CenaNettoPrzedRabatem = line.Num("netPrice");
                            var lineWarehouse = line.OptInt("warehouseId");
                            if (lineWarehouse.HasValue && lineWarehouse.Value != warehouseId) position.MagazynId = lineWarehouse.Value;
                        }
                        order.NumerOryginalny = key;
                        order.Zapisz();
                        return Documents.Saved(order, new List<string>());
                    }
                    finally
                    {
                        Documents.Close(order);
                    }
                }));
            });
        }
    }
}
