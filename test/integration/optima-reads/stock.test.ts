import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAll } from "../subiekt-reads/reads-fixture.ts";
import { createOptimaSandbox, erpToday, openOptimaReads } from "./optima-fixture.ts";

let sandbox: Awaited<ReturnType<typeof createOptimaSandbox>>;
let reads: ReturnType<typeof openOptimaReads>;
beforeAll(async () => {
  sandbox = await createOptimaSandbox();
  reads = openOptimaReads({ url: sandbox.url });
});
afterAll(async () => {
  await reads?.db.destroy();
  await sandbox?.drop();
});

const key = (row: { productId: number; warehouseId: number }) => `${row.productId}:${row.warehouseId}`;
const day = (offset: number) => new Date(erpToday().getTime() + offset * 86_400_000);

/** What the dated series says for today, computed here from the raw rows, not by the read's SQL. */
async function expectedStock() {
  const series = await sandbox.db.selectFrom("CDN.TwrIlosci").selectAll().where("TwI_MagId", "is not", null).execute();
  const latest = new Map<string, (typeof series)[number]>();
  for (const row of series) {
    if (row.TwI_Data >= day(1)) continue;
    const at = `${row.TwI_TwrId}:${row.TwI_MagId}`;
    const held = latest.get(at);
    if (!held || row.TwI_Data > held.TwI_Data) latest.set(at, row);
  }
  return latest;
}

describe("Comarch ERP Optima stock (CDN.TwrIlosci, a dated series)", () => {
  it("takes per warehouse the latest row on or before today, with its reservations and orders", async () => {
    const { rows } = await readAll({ read: reads.reads.stock, pageSize: 200 });
    const expected = await expectedStock();
    expect(rows).toHaveLength(expected.size);
    expect(new Set(rows.map(key)).size).toBe(expected.size);
    for (const row of rows) {
      const raw = expected.get(key(row));
      expect(row).toEqual({
        productId: raw?.TwI_TwrId,
        warehouseId: raw?.TwI_MagId,
        onHand: raw?.TwI_Ilosc,
        reserved: raw?.TwI_Rezerwacje,
        available: (raw?.TwI_Ilosc ?? 0) - (raw?.TwI_Rezerwacje ?? 0),
        expected: raw?.TwI_Zamowienia ? [{ date: null, quantity: raw.TwI_Zamowienia }] : [],
      });
    }
    // The series holds rows dated ahead and company-wide rows; neither shows.
    const ahead = await sandbox.db.selectFrom("CDN.TwrIlosci").selectAll().where("TwI_Data", ">=", day(1)).execute();
    expect(ahead.length).toBeGreaterThan(10);
    const total = await sandbox.db.selectFrom("CDN.TwrIlosci").selectAll().where("TwI_MagId", "is", null).execute();
    expect(total.length).toBeGreaterThan(100);
    expect(rows.some((row) => row.warehouseId === 0)).toBe(false);
  });

  it("returns nothing while nothing changes, then the bucket of a product whose series got a row for today", async () => {
    const first = await readAll({ read: reads.reads.stock, pageSize: 200 });
    expect((await readAll({ read: reads.reads.stock, cursor: first.cursor, pageSize: 200 })).rows).toEqual([]);
    const product = first.rows.find((row) => row.productId >= 40 && row.warehouseId === 1)?.productId ?? 0;
    // A sale today: Optima adds a row dated today; one dated tomorrow must not count yet.
    await sandbox.db
      .insertInto("CDN.TwrIlosci")
      .values([
        {
          TwI_TwIId: 900_001,
          TwI_TwrId: product,
          TwI_MagId: 1,
          TwI_Data: day(0),
          TwI_Ilosc: 3,
          TwI_Rezerwacje: 1,
          TwI_Zamowienia: 0,
        },
        {
          TwI_TwIId: 900_002,
          TwI_TwrId: product,
          TwI_MagId: 1,
          TwI_Data: day(1),
          TwI_Ilosc: 999,
          TwI_Rezerwacje: 0,
          TwI_Zamowienia: 0,
        },
      ])
      .execute();
    const restarted = openOptimaReads({ url: sandbox.url });
    try {
      const next = await readAll({ read: restarted.reads.stock, cursor: first.cursor, pageSize: 200 });
      expect(next.rows).toContainEqual({
        productId: product,
        warehouseId: 1,
        onHand: 3,
        reserved: 1,
        available: 2,
        expected: [],
      });
      expect(next.rows.every((row) => Math.floor(row.productId / 32) === Math.floor(product / 32))).toBe(true);
      expect((await readAll({ read: restarted.reads.stock, cursor: next.cursor, pageSize: 200 })).rows).toEqual([]);
    } finally {
      await restarted.db.destroy();
    }
  });

  it("refuses a page smaller than one bucket rather than stalling", async () => {
    await expect(reads.reads.stock({ pageSize: 10 })).rejects.toThrow("below one bucket");
  });
});
