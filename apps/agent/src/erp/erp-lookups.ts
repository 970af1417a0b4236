import type {
  TErpProductsFindInput,
  TErpProductsFindResult,
  TErpProductsSearchInput,
  TErpProductsSearchResult,
} from "@erp-bridge/shared";

/** Small live lookups for staff (nothing paged, nothing stored), in ERP-neutral terms. */
export type TErpLookups = {
  /** Products by SKU or EAN with their stock and prices; the codes nothing matched listed as missing. */
  findProducts(input: TErpProductsFindInput): Promise<TErpProductsFindResult>;
  /** Sellable goods by part of a symbol, EAN or name, with stock; goods in stock for an empty query. */
  searchProducts(input: TErpProductsSearchInput): Promise<TErpProductsSearchResult>;
};
