import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAll } from "../subiekt-reads/reads-fixture.ts";
import { createOptimaSandbox, erpNow, openOptimaReads } from "./optima-fixture.ts";

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

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

describe("Comarch ERP Optima product reads", () => {
  it("reads every product once across pages, as CDN.Towary holds it, with barcodes, units and the group path", async () => {
    const { rows, pages } = await readAll({ read: reads.reads.products, pageSize: 40 });
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(ids(rows)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    const extra = await sandbox.db.selectFrom("CDN.TwrEan").selectAll().orderBy("TwE_TwEId").executeTakeFirstOrThrow();
    const raw = await sandbox.db
      .selectFrom("CDN.Towary")
      .innerJoin("CDN.TwrGrupy", "TwG_GIDNumer", "Twr_TwGGIDNumer")
      .selectAll()
      .where("Twr_TwrId", "=", extra.TwE_TwrId)
      .executeTakeFirstOrThrow();
    const parent = await sandbox.db
      .selectFrom("CDN.TwrGrupy")
      .select("TwG_Nazwa")
      .where("TwG_GIDNumer", "=", raw.TwG_GrONumer)
      .executeTakeFirstOrThrow();
    expect(rows.find((row) => row.id === raw.Twr_TwrId)).toMatchObject({
      sku: raw.Twr_Kod,
      name: raw.Twr_Nazwa,
      ean: raw.Twr_EAN || null,
      barcodes: [extra.TwE_Kod],
      unit: raw.Twr_JM,
      groupId: raw.Twr_TwGGIDNumer,
      groupPath: [parent.TwG_Nazwa, raw.TwG_Nazwa],
      vatRate: raw.Twr_Flaga === 2 ? raw.Twr_Stawka : 0,
      blocked: raw.Twr_NieAktywny === 1,
      deleted: false,
    });
    const pack = rows.find((row) => row.units.length > 1);
    const card = await sandbox.db
      .selectFrom("CDN.Towary")
      .selectAll()
      .where("Twr_TwrId", "=", pack?.id ?? 0)
      .executeTakeFirstOrThrow();
    // One "opak." holds Twr_JMPrzelicznikL / Twr_JMPrzelicznikM base units.
    expect(pack?.units).toEqual([
      { code: "szt.", factor: 1 },
      { code: "opak.", factor: card.Twr_JMPrzelicznikL / card.Twr_JMPrzelicznikM },
    ]);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(["goods", "service", "set"]));
  });

  it("then reads only the products whose card changed (Twr_TS_Mod), also after a restart", async () => {
    const first = await readAll({ read: reads.reads.products, pageSize: 100 });
    expect((await readAll({ read: reads.reads.products, cursor: first.cursor, pageSize: 100 })).rows).toEqual([]);
    await sandbox.db
      .updateTable("CDN.Towary")
      .set({ Twr_Nazwa: "Po zmianie w Optimie", Twr_TS_Mod: erpNow() })
      .where("Twr_TwrId", "in", [7, 250])
      .execute();
    const restarted = openOptimaReads({ url: sandbox.url });
    try {
      const changed = await readAll({ read: restarted.reads.products, cursor: first.cursor, pageSize: 100 });
      expect(changed.rows.map((row) => [row.id, row.name])).toEqual([
        [7, "Po zmianie w Optimie"],
        [250, "Po zmianie w Optimie"],
      ]);
      const after = await readAll({ read: restarted.reads.products, cursor: changed.cursor, pageSize: 100 });
      expect(after.rows).toEqual([]);
    } finally {
      await restarted.db.destroy();
    }
  });

  it("reads prices on the levels in use, net and gross from TwC_Typ, and those of changed products later", async () => {
    const levels = await reads.reads.priceLevels({ pageSize: 100 });
    expect(levels.rows.map((level) => level.level)).toEqual([1, 2, 3, 4]);
    const first = await readAll({ read: reads.reads.prices, pageSize: 100 });
    expect(first.rows).toHaveLength(300 * 4);
    const grossRow = await sandbox.db
      .selectFrom("CDN.TwrCeny")
      .innerJoin("CDN.Towary", "Twr_TwrId", "TwC_TwrID")
      .selectAll()
      .where("TwC_TwrID", "=", 11)
      .where("TwC_TwCNumer", "=", 2)
      .executeTakeFirstOrThrow();
    const factor = 1 + (grossRow.Twr_Flaga === 2 ? grossRow.Twr_Stawka : 0) / 100;
    expect(first.rows.find((price) => price.productId === 11 && price.level === 2)).toEqual({
      productId: 11,
      level: 2,
      gross: grossRow.TwC_Wartosc,
      net: Math.round((grossRow.TwC_Wartosc / factor) * 100) / 100,
      currency: "PLN",
    });
    await sandbox.db.updateTable("CDN.TwrCeny").set({ TwC_Wartosc: 99.99 }).where("TwC_TwrID", "=", 12).execute();
    await sandbox.db.updateTable("CDN.Towary").set({ Twr_TS_Mod: erpNow() }).where("Twr_TwrId", "=", 12).execute();
    const next = await readAll({ read: reads.reads.prices, cursor: first.cursor, pageSize: 100 });
    expect(next.rows.map((price) => price.productId)).toEqual([12, 12, 12, 12]);
    expect(next.rows.filter((price) => price.net === 99.99 || price.gross === 99.99)).toHaveLength(4);
  });

  it("gives the dictionaries whole: warehouses, units and the VAT rates the products use", async () => {
    const warehouses = await reads.reads.warehouses({ pageSize: 100 });
    expect(warehouses.rows.map((w) => [w.code, w.isMain])).toEqual([
      ["MAGAZYN", true],
      ["SWA", false],
      ["SKR", false],
    ]);
    expect((await reads.reads.units({ pageSize: 100 })).rows.map((unit) => unit.code)).toContain("szt.");
    const vat = await reads.reads.vatRates({ pageSize: 100 });
    expect(vat.rows.map((rate) => [rate.code, rate.rate])).toEqual([
      ["zw", 0],
      ["5", 5],
      ["8", 8],
      ["23", 23],
    ]);
    const products = await readAll({ read: reads.reads.products, pageSize: 300 });
    const known = new Set(vat.rows.map((rate) => rate.id));
    expect(products.rows.every((product) => known.has(product.vatRateId))).toBe(true);
  });
});
