using System;
using System.Collections.Generic;
using SferaBridge.Protocol;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// After a click-and-collect MM, the order (ZK) it carries goods for follows them: each of its
    /// positions in the source warehouse that the transfer covers is re-pointed to the target, and the
    /// ZK saved again, so Subiekt releases the reservation in the source and raises it in the showroom
    /// that will sell the goods. The agent's SQL writer does the same (writes/move-order-reservation.ts):
    /// a position moves whole or not at all (a warning names one the transfer covers only in part), and
    /// the reservation follows only the positions that moved.
    ///
    /// No public bridge moves an order with an MM; this composes what they do show. The position's
    /// warehouse: SuPozycja.MagazynId, which bambooooooo/Subiekt-GT-Bridge SGT-BRIDGE/Endpoints/Order.cs
    /// and robsonek/subiekt-bridge RealSferaSession.cs set on a line (robsonek's
    /// .claude/rules/sfera-documents.md: it does not move the document's own dok_MagId, which is not
    /// needed here). Re-saving a reserved ZK: ecogral/api-subiekt-gt
    /// src/apisubiektgt/subiektgt/ordercomwriter.php applyOrderFulfilledStatus (Wczytaj, change,
    /// Przelicz, Zapisz), retried while an operator holds the ZK (SaveRetry), as CloseOrder does.
    /// uncertain: that Subiekt moves the reservation (st_StanRez) with a position's MagazynId on Zapisz
    /// rather than keeping it on the ZK's own warehouse; the tester's script checks st_StanRez in both
    /// warehouses after its MM (tester/Test-SferaBridge.ps1).
    /// uncertain: realised quantities are not read (SuPozycja has no attribute a named bridge reads for
    /// ob_IloscMag); a click-and-collect MM precedes the sale, so the order's positions are still open.
    /// Idempotent: run again after a retried MM (the key found), a position already in the target is
    /// not in the source any more, and nothing is saved when nothing moves.
    /// </summary>
    public static class OrderFollowsTransfer
    {
        /// <summary>Refuses, before anything is saved, an order id that is not a ZK.</summary>
        public static void RequireOrder(CallContext ctx, int orderId)
        {
            dynamic order = LoadOrder(ctx, orderId);
            Documents.Close(order);
        }

        public static List<string> Run(CallContext ctx, int orderId, int from, int to, List<Fields> lines, bool repeat)
        {
            return SaveRetry.Run(ctx, () =>
            {
                dynamic order = LoadOrder(ctx, orderId);
                try
                {
                    var left = Carried(lines);
                    var warnings = new List<string>();
                    string number = (string)order.NumerPelny;
                    int moved = 0;
                    int own = Convert.ToInt32((object)order.MagazynId);
                    int count = Convert.ToInt32((object)order.Pozycje.Liczba);
                    for (int index = 1; index <= count; index++)
                    {
                        dynamic position = order.Pozycje.Element(index);
                        // uncertain: whether Sfera reads back 0 for a position that names no warehouse of
                        // its own; such a position is on the order's (dok_MagId), as Subiekt fills ob_MagId.
                        int warehouse = Convert.ToInt32((object)position.MagazynId);
                        if ((warehouse == 0 ? own : warehouse) != from) continue;
                        string sku = ((string)position.TowarSymbol).ToUpperInvariant();
                        double available;
                        if (!left.TryGetValue(sku, out available)) continue;
                        double open = Convert.ToDouble((object)position.IloscJm);
                        if (available + 1e-9 < open)
                        {
                            warnings.Add(number + ": position " + index + " needs " + open + ", the transfer carries " + available);
                            continue;
                        }
                        left[sku] = available - open;
                        position.MagazynId = to;
                        moved++;
                    }
                    if (moved == 0)
                    {
                        if (!repeat) warnings.Add(number + " has no open line of these products in the source warehouse");
                        return warnings;
                    }
                    order.Przelicz();
                    order.Zapisz();
                    ctx.Session.Saved();
                    return warnings;
                }
                finally
                {
                    Documents.Close(order);
                }
            });
        }

        private static dynamic LoadOrder(CallContext ctx, int orderId)
        {
            dynamic order = ctx.Session.Subiekt.SuDokumentyManager.Wczytaj(orderId);
            if (Convert.ToInt32((object)order.Typ) == CloseOrder.TypeZk) return order;
            string number = (string)order.NumerPelny;
            Documents.Close(order);
            throw BridgeException.Refused("orderId: document " + number + " is not a customer order (ZK)");
        }

        /// <summary>The transfer's quantities per product symbol (symbols compare as SQL Server's collation does).</summary>
        private static Dictionary<string, double> Carried(List<Fields> lines)
        {
            var carried = new Dictionary<string, double>();
            foreach (var line in lines)
            {
                string sku = line.Str("sku").ToUpperInvariant();
                double sum;
                carried.TryGetValue(sku, out sum);
                carried[sku] = sum + line.Num("quantity");
            }
            return carried;
        }
    }
}
