import { sql } from "kysely";
import { completeRow } from "../schema/complete-row.ts";
import type { TWriteContext } from "./run-write.ts";

type TStockKey = { productId: number; warehouseId: number };
export type TStockMove = TStockKey & { onHand: number; reserved: number };

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

/**
 * Stock rows of several products and warehouses, locked in one global order (product id, then
 * warehouse id): every write that moves stock takes its rows in that order, so two writes moving
 * the same products wait for each other instead of deadlocking.
 */
export function stockRowsQuery(ctx: Pick<TWriteContext, "tx" | "h">, keys: readonly TStockKey[]) {
  return ctx.h.lockForUpdate(
    ctx.tx
      .selectFrom("tw_Stan")
      .select(["st_TowId", "st_MagId", "st_Stan", "st_StanRez"])
      .where((eb) =>
        eb.or(keys.map((key) => eb.and([eb("st_TowId", "=", key.productId), eb("st_MagId", "=", key.warehouseId)]))),
      )
      .orderBy("st_TowId")
      .orderBy("st_MagId"),
  );
}

/** One UPDATE moving several stock rows, each by its own deltas (rows not listed are not touched). */
export function changeStocksQuery(ctx: Pick<TWriteContext, "tx">, moves: readonly TStockMove[]) {
  // Each delta typed as the column's decimal: PostgreSQL types a CASE by its first branch (an
  // integer 1 would refuse a later 1.5), and SQL Server would make the sum a float.
  const delta = (of: (move: TStockMove) => number) =>
    sql<number>`case ${sql.join(
      moves.map(
        (move) =>
          sql`when ${sql.ref("st_TowId")} = ${move.productId} and ${sql.ref("st_MagId")} = ${move.warehouseId} then cast(${of(move)} as decimal(19, 4))`,
      ),
      sql` `,
    )} else 0 end`;
  return ctx.tx
    .updateTable("tw_Stan")
    .set((eb) => ({
      st_Stan: eb(
        "st_Stan",
        "+",
        delta((move) => move.onHand),
      ),
      st_StanRez: eb(
        "st_StanRez",
        "+",
        delta((move) => move.reserved),
      ),
    }))
    .where((eb) =>
      eb.or(moves.map((move) => eb.and([eb("st_TowId", "=", move.productId), eb("st_MagId", "=", move.warehouseId)]))),
    );
}

/**
 * Moves several stock rows at once, in three statements whatever their number (changeStock takes
 * two round trips a line: 40 for a 20-line order): the rows locked in the global order, one
 * UPDATE, and an INSERT for each pair Subiekt keeps no row of yet. Moves of one row add up.
 * Returns each row as it was, by "productId:warehouseId".
 */
export async function changeStocks(ctx: TWriteContext, moves: readonly TStockMove[]) {
  const merged = new Map<string, TStockMove>();
  for (const move of moves) {
    const id = `${move.productId}:${move.warehouseId}`;
    const seen = merged.get(id);
    merged.set(
      id,
      seen ? { ...seen, onHand: seen.onHand + move.onHand, reserved: seen.reserved + move.reserved } : move,
    );
  }
  const before = new Map<string, { onHand: number; reserved: number }>();
  if (merged.size === 0) return before;
  const all = [...merged.values()];
  for (const row of await stockRowsQuery(ctx, all).execute()) {
    before.set(`${row.st_TowId}:${row.st_MagId}`, { onHand: Number(row.st_Stan), reserved: Number(row.st_StanRez) });
  }
  const existing = all.filter((move) => before.has(`${move.productId}:${move.warehouseId}`));
  const missing = all.filter((move) => !before.has(`${move.productId}:${move.warehouseId}`));
  if (existing.length > 0) await changeStocksQuery(ctx, existing).execute();
  for (const move of missing) {
    await insertStockQuery(ctx, move).execute();
    before.set(`${move.productId}:${move.warehouseId}`, { onHand: 0, reserved: 0 });
  }
  return before;
}
