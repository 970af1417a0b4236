import { z } from "zod";

/**
 * A live search of the ERP's sellable goods by part of a symbol, an EAN (main or extra barcode)
 * or a name, for staff picking sample products while setting a client up. Read-only. An empty
 * query suggests goods in stock, so a newcomer to an ERP (the demo's) has codes to start from.
 */
export const ZErpProductsSearchInput = z.object({
  query: z.string().trim().max(50, "At most 50 characters"),
  /** Stock is summed over these warehouses (the store's); empty: over all of them. */
  warehouseIds: z.array(z.number().int().positive()).max(200),
  limit: z.number().int().min(1).max(50),
});
export type TErpProductsSearchInput = z.infer<typeof ZErpProductsSearchInput>;

export const ZProductHit = z.object({
  id: z.number().int().positive(),
  sku: z.string(),
  name: z.string(),
  ean: z.string().nullable(),
  unit: z.string(),
  vatRate: z.number(),
  /** On hand minus reserved, summed over the asked warehouses. */
  available: z.number(),
});
export type TProductHit = z.infer<typeof ZProductHit>;

export const ZErpProductsSearchResult = z.object({
  /** By symbol; at most `limit`. Withdrawn (deleted or blocked) products and services are left out. */
  products: z.array(ZProductHit),
});
export type TErpProductsSearchResult = z.infer<typeof ZErpProductsSearchResult>;
