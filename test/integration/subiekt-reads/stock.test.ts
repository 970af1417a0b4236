import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUCKET_PRODUCTS } from "../../../apps/agent/src/erp/subiekt-gt/reads/stock-digests.ts";
import { createSandbox, SMALL_SANDBOX } from "../erp-sandbox/sandbox-fixture.ts";
import { openReads, readAll } from "./reads-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createSandbox>>;
let reads: ReturnType<typeof openReads>;
beforeAll(async () => {
  sandbox = await createSandbox({ size: SMALL_SANDBOX });
  reads = openReads({ url: sandbox.url });
});
afterAll(async () => {
  await reads?.db.destroy();
  await sandbox?.drop();
});

const key = (row: { productId: number; warehouseId: number }) => `${row.productId}:${row.warehouseId}`;

describe("Subiekt GT stock read (hash-diff)", () => {
  it("reads every stock row once on the first pass, then nothing while nothing changes", async () => {
    const first = await readAll({ read: reads.reads.stock, pageSize: 300 });
    expect(first.pages).toBeGreaterThan(5);
    expect(new Set(first.rows.map(key)).size).toBe(2500);
    expect(first.rows).toHaveLength(2500);
    const raw = await sandbox.db
      .selectFrom("tw_Stan")
      .selectAll()
      .where("st_StanRez", ">", 0)
      .executeTakeFirstOrThrow();
    expect(first.rows.find((row) => key(row) === `${raw.st_TowId}:${raw.st_MagId}`)).toEqual({
      productId: raw.st_TowId,
      warehouseId: raw.st_MagId,
      onHand: raw.st_Stan,
      reserved: raw.st_StanRez,
      available: raw.st_Stan - raw.st_StanRez,
    });
    const second = await readAll({ read: reads.reads.stock, cursor: first.cursor, pageSize: 300 });
    expect(second.rows).toEqual([]);
  });

  it("scans in pages up to 10000 rows (other reads stop at 2000), continuing the same cursor", async () => {
    const first = await readAll({ read: reads.reads.stock, pageSize: 300 });
    await sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: 999 })
      .where("st_TowId", "=", 5)
      .where("st_MagId", "=", 1)
      .execute();
    const big = await readAll({ read: reads.reads.stock, cursor: first.cursor, pageSize: 10_000 });
    expect(big.pages).toBe(1);
    expect(big.rows.map(key)).toContain("5:1");
    await expect(reads.reads.stock({ cursor: null, pageSize: 10_001 })).rejects.toThrow(RangeError);
    await expect(reads.reads.products({ cursor: null, pageSize: 2001 })).rejects.toThrow(RangeError);
  });

  it("returns a changed row, and only its bucket, on the next pass; also after a restart mid-pass", async () => {
    const baseline = await readAll({ read: reads.reads.stock, pageSize: 300 });
    await sandbox.db
      .updateTable("tw_Stan")
      .set({ st_Stan: 777, st_StanRez: 0 })
      .where("st_TowId", "=", 100)
      .where("st_MagId", "=", 2)
      .execute();
    const page = await reads.reads.stock({ cursor: baseline.cursor, pageSize: 300 });
    expect(page.done).toBe(false);
    const restarted = openReads({ url: sandbox.url });
    try {
      const rest = await readAll({ read: restarted.reads.stock, cursor: page.cursor, pageSize: 300 });
      const changed = [...page.rows, ...rest.rows];
      expect(changed).toContainEqual({ productId: 100, warehouseId: 2, onHand: 777, reserved: 0, available: 777 });
      const bucket = Math.floor(100 / BUCKET_PRODUCTS);
      expect(changed.every((row) => Math.floor(row.productId / BUCKET_PRODUCTS) === bucket)).toBe(true);
      expect(changed.length).toBeLessThanOrEqual(BUCKET_PRODUCTS * 5);
      const after = await readAll({ read: restarted.reads.stock, cursor: rest.cursor, pageSize: 300 });
      expect(after.rows).toEqual([]);
    } finally {
      await restarted.db.destroy();
    }
  });

  it("refuses a page smaller than one bucket rather than stalling", async () => {
    await expect(reads.reads.stock({ pageSize: 10 })).rejects.toThrow("below one bucket");
  });
});
