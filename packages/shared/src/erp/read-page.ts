import { z } from "zod";
import type {
  TCustomer,
  TDocument,
  TPrice,
  TPriceLevel,
  TProduct,
  TPromotion,
  TStock,
  TUnit,
  TVatRate,
  TWarehouse,
} from "./reads.ts";

/**
 * One bounded page of a read. `cursor` is opaque: the caller stores it (with the rows it applied,
 * in one transaction) and passes it back to get the next page, also after a restart. `done` means
 * the read has caught up: call again later with the same cursor to get what changed since.
 */
export function ZReadPage<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), cursor: z.string().nullable(), done: z.boolean() });
}
export type TReadPage<T> = { rows: T[]; cursor: string | null; done: boolean };

export const ZReadRequest = z.object({
  /** Null or absent: start from the beginning (a full read). */
  cursor: z.string().max(1_000_000).nullable().optional(),
  /** Each read checks its own limit (see the connector): most take 2000, stock 10000. */
  pageSize: z.number().int().min(1).max(10_000),
});
export type TReadRequest = z.infer<typeof ZReadRequest>;

type TRead<T> = (request: TReadRequest) => Promise<TReadPage<T>>;

/** The reads every ERP connector offers. Dictionaries come whole in one page; the rest page by cursor. */
export type TErpReads = {
  warehouses: TRead<TWarehouse>;
  priceLevels: TRead<TPriceLevel>;
  vatRates: TRead<TVatRate>;
  units: TRead<TUnit>;
  /** Full read first, then only products changed since. */
  products: TRead<TProduct>;
  /** Full read first, then the prices of products changed since. */
  prices: TRead<TPrice>;
  /** A full pass each run; returns only the promotions that changed since the previous pass (gone ones inactive). */
  promotions: TRead<TPromotion>;
  /** Full read first, then only stock that changed since. */
  stock: TRead<TStock>;
  /** A full pass each time the cursor is null. */
  customers: TRead<TCustomer>;
  /** New documents, then documents whose status changed. */
  documents: TRead<TDocument>;
};
