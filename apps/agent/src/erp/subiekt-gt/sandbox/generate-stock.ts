import type { TBulkWriter } from "./bulk-writer.ts";
import type { TRandom } from "./random.ts";
import type { TSandboxProduct, TSandboxWarehouse } from "./sandbox-model.ts";

/**
 * Writes a tw_Stan row per product and warehouse. st_StanRez is exactly what open reserving orders
 * hold; on hand covers the reservation, so available stock is never negative here (drift is the
 * connector's reconciliation to find, not the sandbox's starting point).
 */
export async function generateStock(options: {
  writer: TBulkWriter;
  random: TRandom;
  products: TSandboxProduct[];
  warehouses: TSandboxWarehouse[];
  reservations: Map<string, number>;
}): Promise<void> {
  const { writer, random } = options;
  for (const product of options.products) {
    for (const warehouse of options.warehouses) {
      const reserved = options.reservations.get(`${product.id}:${warehouse.id}`) ?? 0;
      const goods = product.rodzaj === 1;
      const stocked = goods && random.chance(warehouse.main ? 0.85 : 0.45);
      const free = stocked ? random.int(1, warehouse.main ? 200 : 12) : 0;
      await writer.add("tw_Stan", {
        st_TowId: product.id,
        st_MagId: warehouse.id,
        st_Stan: free + reserved,
        st_StanRez: reserved,
        st_StanMin: goods ? random.pick(warehouse.main ? [0, 5, 10] : [0, 1, 2]) : 0,
        st_StanMax: 0,
      });
    }
  }
}
