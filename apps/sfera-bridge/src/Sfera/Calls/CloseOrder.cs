using System;
using System.Collections.Generic;
using SferaBridge.Protocol;

// Runs against Sfera: needs a Windows server with Subiekt GT and a Sfera licence (see CallTable.cs).
namespace SferaBridge.Sfera.Calls
{
    /// <summary>
    /// Cancels or completes a ZK, releasing its reservation. Idempotent by the order's state, as the
    /// SQL writer's closeOrder is: an order already closed that way is returned with created = false.
    ///
    /// Sequence: ecogral/api-subiekt-gt src/apisubiektgt/subiektgt/ordercomwriter.php
    /// applyOrderFulfilledStatus (Rezerwacja = false, status 8, Przelicz, Zapisz). ecogral tries
    /// three attribute names for the status (Status, StatusDokumentu, StanDokumentu); bambooooooo
    /// (SGT-BRIDGE/Endpoints/Order.cs) sets StatusDokumentu, compiled against the type library, so that
    /// one is used. For a cancellation ecogral deletes the ZK (order.php delete: Usun(false)); here it
    /// stays, without reservation (6), as the SQL writer leaves it, so the history keeps it.
    /// A ZK an operator has open is retried with backoff (SaveRetry), the case bambooooooo's loop
    /// exists for.
    /// </summary>
    public static class CloseOrder
    {
        public const int TypeZk = 16;
        public const int StatusFulfilled = 8;

        public static object Run(CallContext ctx)
        {
            int orderId = ctx.Payload.Int("orderId");
            bool complete = ctx.Payload.OneOf("action", "cancel", "complete") == "complete";
            int target = complete ? StatusFulfilled : CreateOrder.StatusWithoutReservation;
            return SaveRetry.Run(ctx, () =>
            {
                dynamic order = ctx.Session.Subiekt.SuDokumentyManager.Wczytaj(orderId);
                try
                {
                    if (Convert.ToInt32((object)order.Typ) != TypeZk)
                        throw BridgeException.Refused("orderId: document " + (string)order.NumerPelny + " is not a customer order (ZK)");
                    int status = Convert.ToInt32((object)order.StatusDokumentu);
                    if (status == target || status == StatusFulfilled)
                    {
                        var warnings = new List<string>();
                        if (status != target) warnings.Add((string)order.NumerPelny + " is already fulfilled");
                        var unchanged = Documents.Saved(order, warnings);
                        unchanged["created"] = false;
                        return unchanged;
                    }
                    order.Rezerwacja = false;
                    order.StatusDokumentu = target;
                    order.Przelicz();
                    order.Zapisz();
                    ctx.Session.Saved();
                    return Documents.Saved(order, new List<string>());
                }
                finally
                {
                    Documents.Close(order);
                }
            });
        }
    }
}
