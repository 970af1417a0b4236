import type { TWriteContext } from "./run-write.ts";

/** Every warehouse's id and code: a handful of rows, read per write so a new or renamed one counts at once. */
export function warehouseDictionaryQuery(ctx: Pick<TWriteContext, "tx">) {
  return ctx.tx.selectFrom("sl_Magazyn").select(["mag_Id", "mag_Symbol"]).orderBy("mag_Id");
}

/**
 * Available stock (st_Stan - st_StanRez) of products in warehouses, its rows locked until the write
 * commits: no other writer can take that stock between the division of an order and its reservation.
 */
export function availableStockQuery(
  ctx: Pick<TWriteContext, "tx" | "h">,
  options: { productIds: readonly number[]; warehouseIds: readonly number[] },
) {
  return ctx.h.lockForUpdate(
    ctx.tx
      .selectFrom("tw_Stan")
      .select(["st_TowId", "st_MagId"])
      .select((eb) => eb("st_Stan", "-", eb.ref("st_StanRez")).as("available"))
      .where("st_TowId", "in", options.productIds)
      .where("st_MagId", "in", options.warehouseIds)
      // The global lock order of stock rows (see stockRowsQuery).
      .orderBy("st_TowId")
      .orderBy("st_MagId"),
  );
}
