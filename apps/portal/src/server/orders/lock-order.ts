import { notFound } from "../platform/errors/app-error.ts";
import type { TTx } from "../platform/database/db.ts";
import { ORDER_INCLUDE, type TOrderRow } from "./order-view.ts";

/** The order with its lines, events and returns, locked for the rest of the transaction. */
export async function lockOrder(options: { tx: TTx; orderId: string }): Promise<TOrderRow> {
  const locked = await options.tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Order" WHERE "id" = ${options.orderId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("order");
  return options.tx.order.findUniqueOrThrow({ where: { id: options.orderId }, include: ORDER_INCLUDE });
}
