import { textKey } from "../schema/text-key.ts";
import type { TErpProductsFindInput, TErpProductsFindResult, TFoundProduct } from "@erp-bridge/shared";
import { queryPricesOf } from "./query-prices.ts";
import { queryProductsByCode } from "./query-products.ts";
import { readUnitRows } from "./product-units.ts";
import type { TReadOptions } from "./read-options.ts";
import { toPrices } from "./read-prices.ts";
import { readBarcodes, toProduct } from "./read-products.ts";
import { queryStockOf, toStock } from "./read-stock.ts";

/** 20 codes match more products only through shared barcodes; a sample lookup needs no more. */
const MAX_PRODUCTS = 100;

/**
 * Products by SKU, or by EAN (main or extra barcode), each with its stock per warehouse and its
 * sale prices, and the codes nothing matched. Deleted and blocked products come flagged, as the
 * products read gives them. Codes are matched as SQL Server usually compares them (case and
 * trailing spaces ignored), so a code the ERP matched is never also reported missing.
 */
export async function findProducts(
  options: Pick<TReadOptions, "db" | "helpers"> & TErpProductsFindInput,
): Promise<TErpProductsFindResult> {
  const codes = [...new Set(options.codes)];
  const rows = await queryProductsByCode({ ...options, codes, size: MAX_PRODUCTS }).execute();
  const productIds = rows.map((row) => row.productId);
  if (productIds.length === 0) return { products: [], missing: codes };
  const [barcodes, units, stockRows, priceRows] = await Promise.all([
    readBarcodes({ ...options, productIds }),
    readUnitRows({ ...options, productIds }),
    queryStockOf({ ...options, productIds }).execute(),
    queryPricesOf({ ...options, productIds }).execute(),
  ]);
  const found = rows.map((row) => {
    const product = toProduct(row, {
      barcodes: barcodes.get(row.productId) ?? [],
      units: units.get(row.productId) ?? [],
    });
    const identifiers = options.by === "sku" ? [product.sku] : [product.ean ?? "", ...product.barcodes];
    const keys = new Set(identifiers.map(matchKey));
    const matched = codes.findIndex((code) => keys.has(matchKey(code)));
    const stock = stockRows
      .filter((stockRow) => stockRow.st_TowId === product.id)
      .map(toStock)
      .map(({ warehouseId, onHand, reserved, available }) => ({ warehouseId, onHand, reserved, available }));
    const prices = priceRows
      .filter((priceRow) => priceRow.productId === product.id)
      .flatMap(toPrices)
      .map(({ level, net, gross, currency }) => ({ level, net, gross, currency }));
    const item: TFoundProduct = { ...product, stock, prices };
    return { item, keys, order: matched === -1 ? codes.length : matched };
  });
  return {
    products: found.sort((a, b) => a.order - b.order || a.item.id - b.item.id).map(({ item }) => item),
    missing: codes.filter((code) => !found.some(({ keys }) => keys.has(matchKey(code)))),
  };
}

function matchKey(code: string): string {
  return textKey(code.trim());
}
