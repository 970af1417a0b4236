import { sql } from "kysely";
import { z } from "zod";
import type { TReadPage, TStock } from "@erp-bridge/shared";
import { decodeCursor, encodeCursor } from "../../subiekt-gt/reads/cursor-codec.ts";
import { checkPageSize, MAX_SCAN_PAGE_SIZE } from "../../subiekt-gt/reads/read-options.ts";
import { BUCKET_PRODUCTS, decodeDigests, digestRows, encodeDigests } from "../../subiekt-gt/reads/stock-digests.ts";
import { erpWallClock } from "../../time/erp-clock.ts";
import type { TOptimaReadOptions } from "./read-options.ts";

const KIND = "optima-stock";
const ZState = z.object({ next: z.number().int().min(0), base: z.number().int().min(0), data: z.string() });

/** The first moment of the ERP's tomorrow: rows dated before it hold today. */
export function erpTomorrow(now = new Date()): Date {
  const wall = erpWallClock(now);
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + 1));
}

/**
 * CDN.TwrIlosci is a dated series: per product and warehouse, the row with the latest TwI_Data
 * before `tomorrow` holds today's stock, reservations (TwI_Rezerwacje) and open orders
 * (TwI_Zamowienia); rows dated later hold the future. Rows without a warehouse (TwI_MagId NULL)
 * are the company's total and are not read. ROW_NUMBER picks the row, the same in T-SQL and PostgreSQL.
 */
export function queryStock(options: TOptimaReadOptions & { fromProductId: number; tomorrow: Date }) {
  const ranked = options.db
    .selectFrom("CDN.TwrIlosci")
    .select([
      "TwI_TwrId",
      "TwI_MagId",
      "TwI_Ilosc",
      "TwI_Rezerwacje",
      "TwI_Zamowienia",
      sql<number>`row_number() over (partition by ${sql.ref("TwI_TwrId")}, ${sql.ref("TwI_MagId")} order by ${sql.ref("TwI_Data")} desc, ${sql.ref("TwI_TwIId")} desc)`.as(
        "latest",
      ),
    ])
    .where("TwI_MagId", "is not", null)
    .where("TwI_Data", "<", options.tomorrow)
    .where("TwI_TwrId", ">=", options.fromProductId);
  const query = options.db
    .selectFrom(ranked.as("series"))
    .select(["TwI_TwrId", "TwI_MagId", "TwI_Ilosc", "TwI_Rezerwacje", "TwI_Zamowienia"])
    .where("latest", "=", 1)
    .orderBy("TwI_TwrId")
    .orderBy("TwI_MagId");
  return options.helpers.top(query, { size: options.pageSize });
}

type TStockRow = Awaited<ReturnType<ReturnType<typeof queryStock>["execute"]>>[number];
type TDigestRow = Parameters<typeof digestRows>[0][number];

/**
 * Stock as the Subiekt GT read does it (no change marker: a hash-diff per bucket of 32 products,
 * digests in the cursor, only changed buckets returned; stock-digests.ts). Each pass evaluates
 * the series as of the ERP's today, so a row dated ahead counts from its day on, and its bucket
 * changes then. Open orders (TwI_Zamowienia) are the planned delivery, with no date.
 */
export async function readStock(options: TOptimaReadOptions): Promise<TReadPage<TStock>> {
  const pageSize = checkPageSize(options.pageSize, MAX_SCAN_PAGE_SIZE);
  const state = decodeCursor({ kind: KIND, schema: ZState, cursor: options.cursor }) ?? { next: 0, base: 0, data: "" };
  const previous = decodeDigests(state);
  const digests = new Map(previous);
  const tomorrow = erpTomorrow();
  const scanned = await queryStock({ ...options, pageSize, fromProductId: state.next, tomorrow }).execute();
  const lastScanned = scanned.at(-1);
  // A full page may end inside a bucket: leave that bucket to the next page.
  const end = scanned.length === pageSize && lastScanned ? bucketOf(lastScanned.TwI_TwrId) * BUCKET_PRODUCTS : null;
  if (end !== null && end <= state.next) {
    throw new RangeError(`stock pageSize ${pageSize} is below one bucket (${BUCKET_PRODUCTS} products x warehouses)`);
  }
  const rows = (end === null ? scanned : scanned.filter((row) => row.TwI_TwrId < end)).map(toDigestRow);
  const [firstBucket, lastBucket] = [bucketOf(state.next), end === null ? Infinity : bucketOf(end) - 1];
  for (const bucket of digests.keys()) {
    if (bucket >= firstBucket && bucket <= lastBucket) digests.delete(bucket);
  }
  const changed: TStock[] = [];
  for (const [bucket, bucketRows] of groupByBucket(rows)) {
    const digest = digestRows(bucketRows);
    if (previous.get(bucket) !== digest) changed.push(...bucketRows.map(toStock));
    digests.set(bucket, digest);
  }
  const cursor = encodeCursor({ kind: KIND, state: { next: end ?? 0, ...encodeDigests(digests) } });
  return { rows: changed, cursor, done: end === null };
}

const bucketOf = (productId: number) => Math.floor(productId / BUCKET_PRODUCTS);

function toDigestRow(row: TStockRow): TDigestRow {
  const ordered = Number(row.TwI_Zamowienia);
  return {
    st_TowId: row.TwI_TwrId,
    st_MagId: row.TwI_MagId ?? 0,
    st_Stan: Number(row.TwI_Ilosc),
    st_StanRez: Number(row.TwI_Rezerwacje),
    expected: ordered > 0 ? [{ date: null, quantity: ordered }] : [],
  };
}

function groupByBucket(rows: TDigestRow[]): Map<number, TDigestRow[]> {
  const buckets = new Map<number, TDigestRow[]>();
  for (const row of rows) buckets.set(bucketOf(row.st_TowId), [...(buckets.get(bucketOf(row.st_TowId)) ?? []), row]);
  return buckets;
}

function toStock(row: TDigestRow): TStock {
  return {
    productId: row.st_TowId,
    warehouseId: row.st_MagId,
    onHand: row.st_Stan,
    reserved: row.st_StanRez,
    available: row.st_Stan - row.st_StanRez,
    expected: [...row.expected],
  };
}
