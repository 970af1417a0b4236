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
      expected: expect.any(Array),
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
      expect(changed).toContainEqual(
        expect.objectContaining({ productId: 100, warehouseId: 2, onHand: 777, reserved: 0, available: 777 }),
      );
      const bucket = Math.floor(100 / BUCKET_PRODUCTS);
      expect(changed.every((row) => Math.floor(row.productId / BUCKET_PRODUCTS) === bucket)).toBe(true);
      expect(changed.length).toBeLessThanOrEqual(BUCKET_PRODUCTS * 5);
      const after = await readAll({ read: restarted.reads.stock, cursor: rest.cursor, pageSize: 300 });
      expect(after.rows).toEqual([]);
    } finally {
      await restarted.db.destroy();
    }
  });

  it("brings an open supplier order's remaining quantity by its date, also where tw_Stan has no row", async () => {
    const line = await sandbox.db
      .selectFrom("dok_Pozycja")
      .innerJoin("dok__Dokument", "dok_Id", "ob_DokHanId")
      .select(["ob_Id", "ob_TowId", "ob_MagId", "ob_Ilosc", "ob_IloscMag", "ob_Termin"])
      .where("dok_Typ", "=", 15)
      .where("dok_Status", "=", 5)
      .whereRef("ob_Ilosc", ">", "ob_IloscMag")
      .orderBy("ob_Id", "desc")
      .executeTakeFirstOrThrow();
    const [productId, warehouseId] = [Number(line.ob_TowId), Number(line.ob_MagId)];
    // Only this line is on order for the product; and Subiekt may keep no tw_Stan row for it there.
    await sandbox.db
      .deleteFrom("dok_Pozycja")
      .where("ob_TowId", "=", productId)
      .where("ob_Id", "<>", line.ob_Id)
      .execute();
    await sandbox.db
      .deleteFrom("tw_Stan")
      .where("st_TowId", "=", productId)
      .where("st_MagId", "=", warehouseId)
      .execute();
    const { rows } = await readAll({ read: reads.reads.stock, pageSize: 300 });
    const date = line.ob_Termin?.toISOString().slice(0, 10);
    expect(rows.filter((row) => row.productId === productId && row.expected.length > 0)).toEqual([
      {
        productId,
        warehouseId,
        onHand: 0,
        reserved: 0,
        available: 0,
        expected: [{ date, quantity: line.ob_Ilosc - line.ob_IloscMag }],
      },
    ]);
  });

  it("refuses a page smaller than one bucket rather than stalling", async () => {
    await expect(reads.reads.stock({ pageSize: 10 })).rejects.toThrow("below one bucket");
  });
});
