import type { TErpProductsFindInput, TErpProductsFindResult } from "@erp-bridge/shared";

/** Small live lookups for staff (nothing paged, nothing stored), in ERP-neutral terms. */
export type TErpLookups = {
  /** Products by SKU or EAN with their stock and prices; the codes nothing matched listed as missing. */
  findProducts(input: TErpProductsFindInput): Promise<TErpProductsFindResult>;
};
