import { z } from "zod";
import type { TExpectedDelivery, TReadPage, TStock } from "@erp-bridge/shared";
import { decodeCursor, encodeCursor } from "./cursor-codec.ts";
import { queryExpectedDeliveries, sumExpectedDeliveries } from "./query-expected-deliveries.ts";
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
/** A tw_Stan row with what open supplier orders bring into its warehouse. */
type TPlannedRow = TStockRow & { expected: TExpectedDelivery[] };

/**
 * Stock has no change marker, so each pass reads tw_Stan whole and returns only the rows of
 * buckets (32 products, all warehouses) whose digest differs from the previous pass's. The
 * digests ride in the cursor, so the portal's stored cursor is the whole state: a restart, or a
 * second agent install, resumes exactly. The first pass (no digests) returns every row.
 * Planned availability (open ZD lines) is read for the same products and digested with the
 * stock, so a supplier order placed, changed, received or deleted changes its bucket too.
 * Rows that disappear are not reported (tw_Stan rows are not known to be deleted).
 */
export async function readStock(options: TReadOptions): Promise<TReadPage<TStock>> {
  const pageSize = checkPageSize(options.pageSize, MAX_SCAN_PAGE_SIZE);
  const state = decodeCursor({ kind: KIND, schema: ZState, cursor: options.cursor }) ?? { next: 0, base: 0, data: "" };
  const previous = decodeDigests(state);
  const digests = new Map(previous);
  const scanned = await queryStock({ ...options, pageSize, fromProductId: state.next }).execute();
  const full = scanned.length === pageSize;
  // A full page may end inside a bucket: leave that bucket to the next page.
  const lastScanned = scanned.at(-1);
  const end = full && lastScanned ? bucketOf(lastScanned.st_TowId) * BUCKET_PRODUCTS : null;
  if (end !== null && end <= state.next) {
    throw new RangeError(`stock pageSize ${pageSize} is below one bucket (${BUCKET_PRODUCTS} products x warehouses)`);
  }
  const rows = await withExpected({
    ...options,
    rows: end === null ? scanned : scanned.filter((row) => row.st_TowId < end),
    from: state.next,
    end,
  });
  const buckets = groupByBucket(rows);
  const changed: TStock[] = [];
  const firstBucket = bucketOf(state.next);
  const lastBucket = end === null ? Infinity : bucketOf(end) - 1;
  for (const bucket of digests.keys()) {
    // Buckets passed over without rows are now empty.
    if (bucket >= firstBucket && bucket <= lastBucket) digests.delete(bucket);
  }
  for (const { bucket, rows: bucketRows } of buckets) {
    const digest = digestRows(bucketRows);
    if (previous.get(bucket) !== digest) changed.push(...bucketRows.map(toStock));
    digests.set(bucket, digest);
  }
  return {
    rows: changed,
    cursor: encodeCursor({ kind: KIND, state: { next: end ?? 0, ...encodeDigests(digests) } }),
    done: end === null,
  };
}

const bucketOf = (productId: number) => Math.floor(productId / BUCKET_PRODUCTS);

/**
 * The page's stock rows with their expected deliveries, plus a zero row for a product and
 * warehouse that a supplier order names but tw_Stan has no row for (uncertain whether Subiekt
 * keeps a tw_Stan row for every product in every warehouse), in (product, warehouse) order.
 */
async function withExpected(
  options: Pick<TReadOptions, "db"> & { rows: TStockRow[]; from: number; end: number | null },
): Promise<TPlannedRow[]> {
  const lines = await queryExpectedDeliveries({
    db: options.db,
    fromProductId: options.from,
    toProductId: options.end,
  }).execute();
  const expected = sumExpectedDeliveries(lines);
  const rows: TPlannedRow[] = options.rows.map((row) => ({
    ...row,
    expected: expected.get(`${row.st_TowId}:${row.st_MagId}`) ?? [],
  }));
  const held = new Set(options.rows.map((row) => `${row.st_TowId}:${row.st_MagId}`));
  for (const [key, deliveries] of expected) {
    if (held.has(key)) continue;
    const [productId = 0, warehouseId = 0] = key.split(":").map(Number);
    rows.push({ st_TowId: productId, st_MagId: warehouseId, st_Stan: 0, st_StanRez: 0, expected: deliveries });
  }
  return rows.sort((a, b) => a.st_TowId - b.st_TowId || a.st_MagId - b.st_MagId);
}

function groupByBucket(rows: TPlannedRow[]): { bucket: number; rows: TPlannedRow[] }[] {
  const buckets: { bucket: number; rows: TPlannedRow[] }[] = [];
  for (const row of rows) {
    const bucket = bucketOf(row.st_TowId);
    const last = buckets.at(-1);
    if (last?.bucket === bucket) last.rows.push(row);
    else buckets.push({ bucket, rows: [row] });
  }
  return buckets;
}

/** A stock row as the read gives it; planned deliveries only where the caller read them. */
export function toStock(row: TStockRow & { expected?: TExpectedDelivery[] }): TStock {
  return {
    productId: row.st_TowId,
    warehouseId: row.st_MagId,
    onHand: row.st_Stan,
    reserved: row.st_StanRez,
    available: row.st_Stan - row.st_StanRez,
    expected: row.expected ?? [],
  };
}
