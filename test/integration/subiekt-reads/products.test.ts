import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TProduct } from "@erp-bridge/shared";
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

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);

describe("Subiekt GT product reads", () => {
  it("reads every product exactly once across pages, as the sandbox holds it", async () => {
    const { rows, pages } = await readAll({ read: reads.reads.products, pageSize: 64 });
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(ids(rows)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    const raw = await sandbox.db.selectFrom("tw__Towar").selectAll().where("tw_Id", "=", 7).executeTakeFirstOrThrow();
    const barcodes = await sandbox.db
      .selectFrom("tw_KodKreskowy")
      .select("kk_Kod")
      .where("kk_IdTowar", "=", 7)
      .execute();
    expect(rows[6]).toMatchObject({
      sku: raw.tw_Symbol,
      name: raw.tw_Nazwa,
      ean: raw.tw_PodstKodKresk || null,
      barcodes: barcodes.map((b) => b.kk_Kod),
      unit: raw.tw_JednMiary,
      groupId: raw.tw_IdGrupa,
      vatRateId: raw.tw_IdVatSp,
      online: raw.tw_SklepInternet,
      customFields: { 1: raw.tw_Pole1 || null, 2: raw.tw_Pole2 || null, 8: null },
      description: raw.tw_Opis || null,
      weight: raw.tw_Masa ? { value: raw.tw_Masa, unit: "kg" } : null,
    });
    // The generated card: most goods are described and weighed; a few sold in packs as well.
    const goods = rows.filter((row) => row.type === "goods");
    expect(goods.filter((row) => row.description !== null).length).toBeGreaterThan(goods.length / 2);
    expect(goods.filter((row) => row.weight !== null).length).toBeGreaterThan(goods.length / 2);
    const group = await sandbox.db
      .selectFrom("sl_GrupaTw")
      .select("grt_Nazwa")
      .where("grt_Id", "=", raw.tw_IdGrupa ?? 0)
      .executeTakeFirstOrThrow();
    // Subiekt GT's groups are flat (sl_GrupaTw has no parent): the path is the one group.
    expect(rows[6]?.groupPath).toEqual([group.grt_Nazwa]);
    const packs = await sandbox.db
      .selectFrom("tw_JednMiary")
      .select(["jm_IdTowar", "jm_Przelicznik"])
      .where("jm_IdJednMiary", "=", "opak.")
      .orderBy("jm_IdTowar")
      .executeTakeFirstOrThrow();
    const packed = rows.find((row) => row.id === packs.jm_IdTowar);
    expect(packed?.units).toEqual([
      { code: packed?.unit, factor: 1 },
      { code: "opak.", factor: packs.jm_Przelicznik },
    ]);
    const withBarcodes = await sandbox.db.selectFrom("tw_KodKreskowy").select("kk_IdTowar").execute();
    expect(rows.filter((row) => row.barcodes.length > 0)).toHaveLength(withBarcodes.length);
  });

  it("brings deleted and blocked products through, flagged", async () => {
    const { rows } = await readAll({ read: reads.reads.products, pageSize: 500 });
    const flagged = await sandbox.db
      .selectFrom("tw__Towar")
      .select(["tw_Id", "tw_Usuniety", "tw_Zablokowany"])
      .orderBy("tw_Id")
      .execute();
    const deleted = flagged.filter((row) => row.tw_Usuniety).map((row) => row.tw_Id);
    const blocked = flagged.filter((row) => row.tw_Zablokowany).map((row) => row.tw_Id);
    expect(deleted.length).toBeGreaterThan(0);
    expect(blocked.length).toBeGreaterThan(0);
    expect(ids(rows.filter((row) => row.deleted))).toEqual(deleted);
    expect(ids(rows.filter((row) => row.blocked))).toEqual(blocked);
  });

  it("resumes from a stored cursor after a restart, with no row twice or missing", async () => {
    const first: TProduct[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 3; i++) {
      const page = await reads.reads.products({ cursor, pageSize: 50 });
      first.push(...page.rows);
      cursor = page.cursor;
    }
    const restarted = openReads({ url: sandbox.url });
    try {
      const rest = await readAll({ read: restarted.reads.products, cursor, pageSize: 50 });
      expect(ids([...first, ...rest.rows])).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    } finally {
      await restarted.db.destroy();
    }
  });

  it("returns only new and changed products after the full read, with their prices", async () => {
    const products = await readAll({ read: reads.reads.products, pageSize: 200 });
    const prices = await readAll({ read: reads.reads.prices, pageSize: 200 });
    expect(prices.rows.filter((price) => price.productId === 1)).toHaveLength(10);
    expect((await readAll({ read: reads.reads.products, cursor: products.cursor, pageSize: 200 })).rows).toEqual([]);

    const now = new Date();
    await sandbox.db
      .updateTable("tw__Towar")
      .set({ tw_Nazwa: "Zmieniony produkt", tw_Opis: "Opis po zmianie" })
      .where("tw_Id", "=", 42)
      .execute();
    await sandbox.db
      .updateTable("tw_Cena")
      .set({ tc_CenaNetto1: 99.5, tc_CenaBrutto1: 122.39 })
      .where("tc_IdTowar", "=", 42)
      .execute();
    await sandbox.db
      .insertInto("tw_ZmianaTw")
      .values({ twz_TowarId: 42, twz_NrZmiany: 9, twz_CzasModyf: now })
      .execute();
    const template = await sandbox.db
      .selectFrom("tw__Towar")
      .selectAll()
      .where("tw_Id", "=", 1)
      .executeTakeFirstOrThrow();
    await sandbox.db
      .insertInto("tw__Towar")
      .values({ ...template, tw_Id: 501, tw_Symbol: "NOWY-501" })
      .execute();

    const next = await readAll({ read: reads.reads.products, cursor: products.cursor, pageSize: 200 });
    expect(next.rows.map((row) => [row.id, row.name, row.description])).toEqual([
      [501, template.tw_Nazwa, template.tw_Opis || null],
      [42, "Zmieniony produkt", "Opis po zmianie"],
    ]);
    const nextPrices = await readAll({ read: reads.reads.prices, cursor: prices.cursor, pageSize: 200 });
    expect(new Set(nextPrices.rows.map((price) => price.productId))).toEqual(new Set([42]));
    expect(nextPrices.rows.find((price) => price.level === 1)).toMatchObject({
      net: 99.5,
      gross: 122.39,
      currency: "PLN",
    });
    expect((await readAll({ read: reads.reads.products, cursor: next.cursor, pageSize: 200 })).rows).toEqual([]);
  });

  it("reads the dictionaries whole", async () => {
    const warehouses = await reads.reads.warehouses({ pageSize: 100 });
    expect(warehouses.rows).toHaveLength(5);
    expect(warehouses.rows.filter((w) => w.isMain).map((w) => w.id)).toEqual([1]);
    expect((await reads.reads.priceLevels({ pageSize: 100 })).rows.map((l) => l.level)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    const vat = await reads.reads.vatRates({ pageSize: 100 });
    expect(vat.rows.map((rate) => [rate.code, rate.rate])).toContainEqual(["zw", 0]);
    // Units are the texts products use in tw_JednMiary (there is no sl_JednMiary), each once.
    const units = await sandbox.db.selectFrom("tw_JednMiary").select("jm_IdJednMiary").distinct().execute();
    const read = (await readAll({ read: reads.reads.units, pageSize: 2 })).rows;
    expect(read.map((unit) => unit.code).sort()).toEqual(units.map((unit) => unit.jm_IdJednMiary).sort());
  });
});
