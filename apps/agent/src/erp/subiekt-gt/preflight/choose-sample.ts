import type { z } from "zod";
import type { ZErpWritesPreflightInput } from "@erp-bridge/shared";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { searchProducts } from "../reads/search-products.ts";
import type { TWriteDb } from "../writes/run-write.ts";

/** What the preflight's documents are made of; null where the ERP offers nothing to use. */
export type TPreflightSample = { sku: string | null; warehouseId: number | null; transferToWarehouseId: number | null };

/**
 * The integration's own choices where it gave them (the store's warehouse, a showroom, a sample
 * product), else what this ERP has: its main warehouse, goods in stock there, another warehouse.
 */
export async function chooseSample(
  erp: TWriteDb,
  input: z.output<typeof ZErpWritesPreflightInput>,
): Promise<TPreflightSample> {
  const warehouses = await erp.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Id", "mag_Glowny"])
    .orderBy("mag_Glowny", "desc")
    .orderBy("mag_Id")
    .execute();
  const warehouseId = input.warehouseIds[0] ?? warehouses[0]?.mag_Id ?? null;
  const transferToWarehouseId =
    input.transferToWarehouseId ?? warehouses.find((w) => w.mag_Id !== warehouseId)?.mag_Id ?? null;
  if (input.sku !== undefined || warehouseId === null) {
    return { sku: input.sku ?? null, warehouseId, transferToWarehouseId };
  }
  const helpers = createDialectHelpers({ dialect: erp.dialect });
  const found = await searchProducts({ db: erp.db, helpers, query: "", warehouseIds: [warehouseId], limit: 10 });
  const inStock = found.products.find((product) => product.available >= 1);
  return { sku: inStock?.sku ?? null, warehouseId, transferToWarehouseId };
}
