import type { TErpProductsSearchInput, TErpProductsSearchResult } from "@erp-bridge/shared";
import { queryProductSearch } from "./query-products.ts";
import type { TReadOptions } from "./read-options.ts";
import { queryStockOf, toStock } from "./read-stock.ts";

/**
 * Sellable goods whose symbol, name or EAN contains the query, each with the stock available in
 * the asked warehouses (all when none are asked); goods in stock there for an empty query.
 */
export async function searchProducts(
  options: Pick<TReadOptions, "db" | "helpers"> & TErpProductsSearchInput,
): Promise<TErpProductsSearchResult> {
  const rows = await queryProductSearch({
    ...options,
    text: options.query,
    warehouseIds: options.warehouseIds,
    size: options.limit,
  }).execute();
  if (rows.length === 0) return { products: [] };
  const counted = new Set(options.warehouseIds);
  const stock = (await queryStockOf({ ...options, productIds: rows.map((row) => row.productId) }).execute())
    .map(toStock)
    .filter((row) => counted.size === 0 || counted.has(row.warehouseId));
  return {
    products: rows.map((row) => ({
      id: row.productId,
      sku: row.tw_Symbol.trim(),
      name: row.tw_Nazwa.trim(),
      ean: row.tw_PodstKodKresk.trim() || null,
      unit: row.tw_JednMiary.trim(),
      vatRate: row.vat_Stawka,
      available: stock.filter((s) => s.productId === row.productId).reduce((sum, s) => sum + s.available, 0),
    })),
  };
}
