import { completeRow } from "../schema/complete-row.ts";
import type { TWriteContext } from "./run-write.ts";

type TStockKey = { productId: number; warehouseId: number };

/** A product's stock row in a warehouse, locked: a write reads it to warn before it moves it. */
export function stockQuery(ctx: Pick<TWriteContext, "tx" | "h">, key: TStockKey) {
  return ctx.h.lockForUpdate(
    ctx.tx
      .selectFrom("tw_Stan")
      .select(["st_Stan", "st_StanRez"])
      .where("st_TowId", "=", key.productId)
      .where("st_MagId", "=", key.warehouseId),
  );
}

export function changeStockQuery(
  ctx: Pick<TWriteContext, "tx">,
  options: TStockKey & { onHand: number; reserved: number },
) {
  return ctx.tx
    .updateTable("tw_Stan")
    .set((eb) => ({
      st_Stan: eb("st_Stan", "+", options.onHand),
      st_StanRez: eb("st_StanRez", "+", options.reserved),
    }))
    .where("st_TowId", "=", options.productId)
    .where("st_MagId", "=", options.warehouseId);
}

export function insertStockQuery(
  ctx: Pick<TWriteContext, "tx">,
  options: TStockKey & { onHand: number; reserved: number },
) {
  return ctx.tx.insertInto("tw_Stan").values(
    completeRow("tw_Stan", {
      st_TowId: options.productId,
      st_MagId: options.warehouseId,
      st_Stan: options.onHand,
      st_StanRez: options.reserved,
      st_StanMin: 0,
      st_StanMax: 0,
    }),
  );
}

/**
 * Moves on-hand and reserved stock by the given deltas, creating the row when the product has
 * never been in that warehouse (Subiekt keeps no row for such pairs). Returns the row as it was.
 */
export async function changeStock(ctx: TWriteContext, options: TStockKey & { onHand: number; reserved: number }) {
  const before = await stockQuery(ctx, options).executeTakeFirst();
  if (before) await changeStockQuery(ctx, options).execute();
  else await insertStockQuery(ctx, options).execute();
  return { onHand: before?.st_Stan ?? 0, reserved: before?.st_StanRez ?? 0 };
}
