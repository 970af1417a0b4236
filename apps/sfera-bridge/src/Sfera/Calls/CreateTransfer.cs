using System.Collections.Generic;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// A transfer (MM) between warehouses, for click-and-collect: goods go from the store's
    /// warehouse to the showroom's.
    ///
    /// Sequence: robsonek/subiekt-bridge RealSferaSession.cs CreateTransferCore (DodajMM,
    /// MagazynNadawczyId = source, MagazynOdbiorczyId = target on the document, lines by product with
    /// IloscJm and no price since Subiekt values them at cost, Zapisz). robsonek adds a line from the
    /// loaded Towar object; the symbol is passed here as for every other document (see
    /// Documents.RequireProduct).
    /// With orderId (the ZK the goods are for) the order follows them once the MM is saved, also when
    /// a retry finds the MM already written (OrderFollowsTransfer): a bridge killed between the two
    /// saves leaves an MM whose retry still moves the reservation.
    /// </summary>
    public static class CreateTransfer
    {
        public static object Run(CallContext ctx)
        {
            var p = ctx.Payload;
            string key = p.Str("key");
            int from = p.Int("fromWarehouseId");
            int to = p.Int("toWarehouseId");
            if (from == to) throw Protocol.BridgeException.BadRequest("toWarehouseId", "must differ from fromWarehouseId");
            var lines = p.List("lines");
            int? orderId = p.OptInt("orderId");
            var written = KeyedWrite.Run(ctx, key, new[] { "MM" }, () =>
            {
                if (orderId.HasValue) OrderFollowsTransfer.RequireOrder(ctx, orderId.Value);
                dynamic subiekt = ctx.Session.Subiekt;
                dynamic transfer = subiekt.SuDokumentyManager.DodajMM();
                try
                {
                    transfer.MagazynNadawczyId = from;
                    transfer.MagazynOdbiorczyId = to;
                    foreach (var line in lines)
                    {
                        string sku = line.Str("sku");
                        Documents.RequireProduct(subiekt, sku, line.PathOf("sku"));
                        dynamic position = transfer.Pozycje.Dodaj(sku);
                        position.IloscJm = Documents.Quantity(line.Num("quantity"));
                    }
                    transfer.NumerOryginalny = key;
                    transfer.Zapisz();
                    return Documents.Saved(transfer, new List<string>());
                }
                finally
                {
                    Documents.Close(transfer);
                }
            });
            if (!orderId.HasValue) return written;
            bool repeat = !(bool)written["created"];
            var warnings = (List<string>)written["warnings"];
            warnings.AddRange(OrderFollowsTransfer.Run(ctx, orderId.Value, from, to, lines, repeat));
            return written;
        }
    }
}
