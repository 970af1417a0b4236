import { createHash } from "node:crypto";

/** Products per digest bucket: small enough that a changed bucket brings few unchanged rows along. */
export const BUCKET_PRODUCTS = 32;

/**
 * One 32-bit digest per bucket of 32 product ids (all their warehouses), kept dense from the first
 * bucket: 4 bytes per 32 products, about 17 kB of cursor for 100k products. 0 marks a bucket
 * without rows.
 */
export type TDigests = Map<number, number>;

export function encodeDigests(digests: TDigests): { base: number; data: string } {
  const buckets = [...digests.keys()];
  if (buckets.length === 0) return { base: 0, data: "" };
  const base = Math.min(...buckets);
  const values = new Uint32Array(Math.max(...buckets) - base + 1);
  for (const [bucket, digest] of digests) values[bucket - base] = digest;
  return { base, data: Buffer.from(values.buffer).toString("base64url") };
}

export function decodeDigests(options: { base: number; data: string }): TDigests {
  const bytes = Buffer.from(options.data, "base64url");
  const digests: TDigests = new Map();
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const digest = bytes.readUInt32LE(i);
    if (digest !== 0) digests.set(options.base + i / 4, digest);
  }
  return digests;
}

/** The digest of one bucket's rows (in key order), expected deliveries included; never 0, which means "no rows". */
export function digestRows(
  rows: readonly {
    st_TowId: number;
    st_MagId: number;
    st_Stan: number;
    st_StanRez: number;
    expected: readonly { date: string | null; quantity: number }[];
  }[],
) {
  const hash = createHash("sha1");
  for (const row of rows) {
    const expected = row.expected.map((delivery) => `${delivery.date ?? "-"}=${delivery.quantity}`).join(",");
    hash.update(`${row.st_TowId}|${row.st_MagId}|${row.st_Stan}|${row.st_StanRez}|${expected};`);
  }
  return hash.digest().readUInt32LE(0) || 1;
}
