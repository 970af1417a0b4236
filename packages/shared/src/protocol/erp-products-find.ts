import { z } from "zod";
import { ZPrice, ZProduct, ZStock } from "../erp/reads.ts";

/**
 * A live lookup of a few products by the identifier the integration matches goods on: staff
 * check sample products in the ERP while setting a client up. Read-only.
 */
export const ZErpProductsFindInput = z.object({
  /** sku: the product's symbol; ean: its main EAN or any of its extra barcodes. */
  by: z.enum(["sku", "ean"]),
  codes: z.array(z.string().trim().min(1).max(50)).min(1).max(20),
});
export type TErpProductsFindInput = z.infer<typeof ZErpProductsFindInput>;

/** A product as the products read gives it (deleted and blocked flagged), with its stock and prices now. */
export const ZFoundProduct = ZProduct.extend({
  /** One row per warehouse the ERP keeps stock of it in (planned deliveries are the stock read's). */
  stock: z.array(ZStock.omit({ productId: true, expected: true })),
  /** The sale levels that have a price. */
  prices: z.array(ZPrice.omit({ productId: true })),
});
export type TFoundProduct = z.infer<typeof ZFoundProduct>;

export const ZErpProductsFindResult = z.object({
  /** Each matching product once, in the order of the first code it matched. */
  products: z.array(ZFoundProduct),
  /** The asked codes no product matched, as asked. */
  missing: z.array(z.string()),
});
export type TErpProductsFindResult = z.infer<typeof ZErpProductsFindResult>;
