import type { Kysely } from "kysely";
import type { TDialectHelpers } from "../../sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../schema/database.ts";

/** What every read takes: the database, its dialect helpers, the caller's cursor and a page size. */
export type TReadOptions = {
  db: Kysely<TSubiektDatabase>;
  helpers: TDialectHelpers;
  cursor?: string | null;
  pageSize: number;
};

/** SQL Server accepts at most 2100 parameters: `in (...)` lists of a page's ids must stay below it. */
export const MAX_PAGE_SIZE = 2000;

/** Reads that only scan (no id lists) may take bigger pages: fewer round trips per pass. */
export const MAX_SCAN_PAGE_SIZE = 10_000;

export function checkPageSize(pageSize: number, max = MAX_PAGE_SIZE): number {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > max) {
    throw new RangeError(`pageSize must be a whole number 1..${max}, got ${pageSize}`);
  }
  return pageSize;
}
