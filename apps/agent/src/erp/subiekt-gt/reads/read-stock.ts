import { z } from "zod";
import type { TReadPage, TStock } from "@erp-bridge/shared";
import { decodeCursor, encodeCursor } from "./cursor-codec.ts";
import { checkPageSize, MAX_SCAN_PAGE_SIZE, type TReadOptions } from "./read-options.ts";
import { BUCKET_PRODUCTS, decodeDigests, digestRows, encodeDigests } from "./stock-digests.ts";

const KIND = "stock";
const ZState = z.object({ next: z.number().int().min(0), base: z.number().int().min(0), data: z.string() });

export function queryStock(options: TReadOptions & { fromProductId: number }) {
  const query = options.db
    .selectFrom("tw_Stan")
    .select(["st_TowId", "st_MagId", "st_Stan", "st_StanRez"])
    .where("st_TowId", ">=", options.fromProductId)
    .orderBy("st_TowId")
    .orderBy("st_MagId");
  return options.helpers.top(query, { size: options.pageSize });
}

/** The stock rows of a few products, in every warehouse. */
export function queryStockOf(options: Pick<TReadOptions, "db"> & { productIds: readonly number[] }) {
  return options.db
    .selectFrom("tw_Stan")
    .select(["st_TowId", "st_MagId", "st_Stan", "st_StanRez"])
    .where("st_TowId", "in", options.productIds)
    .orderBy("st_TowId")
    .orderBy("st_MagId");
}

type TStockRow = Awaited<ReturnType<ReturnType<typeof queryStock>["execute"]>>[number];

/**
 * Stock has no change marker, so each pass reads tw_Stan whole and returns only the rows of
 * buckets (32 products, all warehouses) whose digest differs from the previous pass's. The
 * digests ride in the cursor, so the portal's stored cursor is the whole state: a restart, or a
 * second agent install, resumes exactly. The first pass (no digests) returns every row.
 * Rows that disappear are not reported (tw_Stan rows are not known to be deleted).
 */
export async function readStock(options: TReadOptions): Promise<TReadPage<TStock>> {
  const pageSize = checkPageSize(options.pageSize, MAX_SCAN_PAGE_SIZE);
  const state = decodeCursor({ kind: KIND, schema: ZState, cursor: options.cursor }) ?? { next: 0, base: 0, data: "" };
  const previous = decodeDigests(state);
  const digests = new Map(previous);
  const rows = await queryStock({ ...options, pageSize, fromProductId: state.next }).execute();
  const buckets = groupByBucket(rows);
  const full = rows.length === pageSize;
  // A full page may end inside a bucket: leave that bucket to the next page.
  if (full) buckets.pop();
  if (full && buckets.length === 0) {
    throw new RangeError(`stock pageSize ${pageSize} is below one bucket (${BUCKET_PRODUCTS} products x warehouses)`);
  }
  const changed: TStock[] = [];
  const firstBucket = Math.floor(state.next / BUCKET_PRODUCTS);
  const lastBucket = full ? (buckets.at(-1)?.bucket ?? firstBucket) : Infinity;
  for (const bucket of digests.keys()) {
    // Buckets passed over without rows are now empty.
    if (bucket >= firstBucket && bucket <= lastBucket) digests.delete(bucket);
  }
  for (const { bucket, rows: bucketRows } of buckets) {
    const digest = digestRows(bucketRows);
    if (previous.get(bucket) !== digest) changed.push(...bucketRows.map(toStock));
    digests.set(bucket, digest);
  }
  const next = full ? (lastBucket + 1) * BUCKET_PRODUCTS : 0;
  return {
    rows: changed,
    cursor: encodeCursor({ kind: KIND, state: { next, ...encodeDigests(digests) } }),
    done: !full,
  };
}

function groupByBucket(rows: TStockRow[]): { bucket: number; rows: TStockRow[] }[] {
  const buckets: { bucket: number; rows: TStockRow[] }[] = [];
  for (const row of rows) {
    const bucket = Math.floor(row.st_TowId / BUCKET_PRODUCTS);
    const last = buckets.at(-1);
    if (last?.bucket === bucket) last.rows.push(row);
    else buckets.push({ bucket, rows: [row] });
  }
  return buckets;
}

export function toStock(row: TStockRow): TStock {
  return {
    productId: row.st_TowId,
    warehouseId: row.st_MagId,
    onHand: row.st_Stan,
    reserved: row.st_StanRez,
    available: row.st_Stan - row.st_StanRez,
  };
}
