import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { orderKey } from "../../../apps/portal/src/server/orders/order-keys.ts";
import { exportReport } from "../../../apps/portal/src/server/insight/reports/export-report.ts";
import { runReport } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import { requestSync } from "../../../apps/portal/src/server/erp-data/sync/request-sync.ts";
import { finishedRun } from "../sync/sync-fixture.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { makeChannelOrder, rawSales, sumRaw, WORDS, type TRawDocument } from "./reports-fixture.ts";

const SHOWROOMS = [2, 3, 4, 5];
const channelOfKey = new Map<string, string>();

/** Marks documents in the ERP as written by the portal for an order (or by another integrator). */
async function markExternal(options: { ids: number[]; key: string }) {
  await world.sandbox.db
    .updateTable("dok__Dokument")
    .set({ dok_NrPelnyOryg: options.key })
    .where("dok_Id", "in", options.ids)
    .execute();
}

/** Two channels' orders, and ERP sales marked as theirs or another integrator's, before the first sync reads them. */
async function arrangeSales() {
  const [store, b2b] = [
    await makeChannelOrder({ companyId: world.agent.companyId, name: "Sklep" }),
    await makeChannelOrder({ companyId: world.agent.companyId, name: "B2B" }),
  ];
  // Sales that corrections point at, so a return of a channel's sale belongs to that channel.
  const corrected = await world.sandbox.db
    .selectFrom("dok__Dokument")
    .select("dok_DoDokId")
    .where("dok_Typ", "=", 6)
    .orderBy("dok_Id")
    .limit(4)
    .execute();
  const sources = corrected.flatMap((d) => (d.dok_DoDokId ? [d.dok_DoDokId] : []));
  const sales = await world.sandbox.db
    .selectFrom("dok__Dokument")
    .select("dok_Id")
    .where("dok_Typ", "in", [2, 21])
    .where("dok_Id", "not in", sources)
    .orderBy("dok_Id", "desc")
    .limit(30)
    .execute();
  const ids = sales.map((s) => s.dok_Id);
  const keys = [orderKey(store.orderId, "sale"), orderKey(b2b.orderId, "sale"), "SKLEP-1-2026"];
  await markExternal({ ids: [...sources.slice(0, 2), ...ids.slice(0, 10)], key: keys[0] ?? "" });
  await markExternal({ ids: [...sources.slice(2), ...ids.slice(10, 20)], key: keys[1] ?? "" });
  await markExternal({ ids: ids.slice(20), key: keys[2] ?? "" });
  channelOfKey.set(keys[0] ?? "", store.channelId).set(keys[1] ?? "", b2b.channelId);
}

const world = syncedWorld({
  arrange: arrangeSales,
  integration: {
    settings: {
      warehouses: [1, ...SHOWROOMS].map((erpId) => ({ erpId, role: erpId === 1 ? "store" : "showroom" })),
    },
    firstRuns: ["PRODUCTS", "CUSTOMERS", "DOCUMENTS"],
  },
});

async function report(name: string, query: Record<string, string>) {
  const result = await runReport({
    actor: STAFF_ACTOR,
    companyId: world.agent.companyId,
    report: name,
    params: new URLSearchParams(query),
    words: WORDS,
  });
  return result;
}

const round = (n: number) => Math.round(n * 100) / 100;
type TFigures = { key: string | number; net?: number; gross?: number; cost?: number; quantity?: number };
type TSummary = { current: Record<string, number> };

function figures(rows: TFigures[]) {
  const n = (value: number | undefined) => round(value ?? 0);
  return Object.fromEntries(
    rows
      .filter((r) => r.net !== 0 || r.quantity !== 0)
      .map((r) => [String(r.key), [n(r.net), n(r.gross), n(r.cost), n(r.quantity)]]),
  );
}

async function raw(): Promise<TRawDocument[]> {
  return rawSales({ companyId: world.agent.companyId, showrooms: SHOWROOMS, channelOfKey });
}

// A whole history, and a range starting and ending mid-month (months from the month rollups, the ends from the days).
const RANGES = [
  { from: "2024-03-01", to: "2026-03-15" },
  { from: "2025-02-10", to: "2025-11-20" },
];

describe("report figures equal sums of the copied documents", () => {
  it("totals, with corrections taking sales away, beside the previous period", async () => {
    const documents = await raw();
    expect(documents.some((d) => d.type === "KFS" && d.lines.some((l) => l.net < 0))).toBe(true);
    // The purchase value is the ERP's own (ob_WartMag), copied line by line.
    const erp = await sql<{ cost: string }>`
      select sum(p."ob_WartMag") as cost from "dok_Pozycja" p join "dok__Dokument" d on d."dok_Id" = p."ob_DokHanId"
      where d."dok_Typ" in (2, 21, 6)`.execute(world.sandbox.db);
    const copied = documents.flatMap((d) => d.lines).reduce((sum, l) => sum + Math.round(l.cost * 100), 0);
    expect(copied / 100).toBe(Number(erp.rows[0]?.cost));
    for (const range of RANGES) {
      const expected = sumRaw({ documents, ...range, key: () => "all" }).get("all");
      const summary = (await report("summary", range)).data as TSummary;
      expect({
        net: summary.current.net,
        gross: summary.current.gross,
        cost: summary.current.cost,
        quantity: summary.current.quantity,
        documents: summary.current.documents,
      }).toEqual({
        net: expected?.net,
        gross: expected?.gross,
        cost: expected?.cost,
        quantity: expected?.quantity,
        documents: expected?.documents,
      });
      expect(summary.current.margin).toBe(round((expected?.net ?? 0) - (expected?.cost ?? 0)));
      const withoutReturns = sumRaw({ documents: documents.filter((d) => d.type !== "KFS"), ...range, key: () => 1 });
      expect(summary.current.net).toBeLessThan(withoutReturns.get(1)?.net ?? 0);
    }
  });

  it("by point of contact, warehouse, product group, product and customer", async () => {
    const documents = await raw();
    const products = await getDb().erpProduct.findMany({ where: { companyId: world.agent.companyId } });
    const groupOf = new Map(products.map((p) => [p.erpId, p.groupId ?? 0]));
    // A product row is its symbol (issue 19: one across ERPs); a line without a product is ''.
    const skuOf = new Map(products.map((p) => [p.erpId, p.sku]));
    const symbol = (_d: TRawDocument, l: TRawDocument["lines"][number]) =>
      l.productId === 0 ? "" : (skuOf.get(l.productId) ?? `#${l.productId}`);
    const keys = {
      contact: (d: TRawDocument) => d.contact,
      warehouse: (d: TRawDocument) => d.warehouseId,
      group: (_d: TRawDocument, l: TRawDocument["lines"][number]) => groupOf.get(l.productId) ?? 0,
      product: symbol,
      customer: (d: TRawDocument) => d.customerId,
    };
    for (const range of RANGES) {
      for (const [by, key] of Object.entries(keys)) {
        const expected = sumRaw({ documents, ...range, key });
        const result = await report("breakdown", { ...range, by });
        const rows = (result.data as { table: { rows: (Record<string, number> & { key: string })[] } }).table.rows;
        expect(figures(rows), `${by} ${range.from}`).toEqual(
          figures([...expected].map(([k, v]) => ({ key: k, ...v }))),
        );
        if (by !== "group") {
          expect(Object.fromEntries(rows.map((r) => [r.key, r.documents]))).toEqual(
            Object.fromEntries([...expected].map(([k, v]) => [String(k), v.documents])),
          );
        }
      }
    }
    for (const range of RANGES) {
      const showroom = documents.filter((d) => d.contact === "showroom");
      const expected = sumRaw({ documents: showroom, ...range, key: symbol });
      const result = await report("breakdown", { ...range, by: "product", contact: "showroom" });
      const rows = (result.data as { table: { rows: TFigures[] } }).table.rows;
      expect(figures(rows)).toEqual(figures([...expected].map(([k, v]) => ({ key: k, ...v }))));
    }
    const contacts = new Set(documents.map((d) => d.contact));
    expect([...contacts].sort()).toEqual(
      ["channel:unknown", "erp", "showroom", ...[...channelOfKey.values()].map((c) => `channel:${c}`)].sort(),
    );
  });

  it("by month and by week, and filtered to one channel, one group or one customer", async () => {
    const documents = await raw();
    const [storeChannel] = [...channelOfKey.values()];
    const range = RANGES[1] ?? { from: "", to: "" };
    const weekOf = (day: string) => {
      const date = new Date(`${day}T00:00:00Z`);
      return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    };
    for (const bucket of ["month", "week"] as const) {
      const key = (d: TRawDocument) => (bucket === "month" ? `${d.day.slice(0, 7)}-01` : weekOf(d.day));
      const expected = sumRaw({ documents, ...range, key });
      const trend = (await report("trend", { ...range, bucket })).data as {
        points: { bucket: string; current: Record<string, number> }[];
      };
      expect(figures(trend.points.map((p) => ({ key: p.bucket, ...p.current })))).toEqual(
        figures([...expected].map(([k, v]) => ({ key: k, ...v }))),
      );
    }
    const customer = documents.find((d) => d.customerId > 0 && d.day >= range.from && d.day <= range.to);
    const filters: { query: Record<string, string>; keep: (d: TRawDocument) => boolean }[] = [
      {
        query: { contact: `channel:${storeChannel}` },
        keep: (d: TRawDocument) => d.contact === `channel:${storeChannel}`,
      },
      { query: { contact: "showroom" }, keep: (d: TRawDocument) => d.contact === "showroom" },
      {
        query: { customer: String(customer?.customerId) },
        keep: (d: TRawDocument) => d.customerId === customer?.customerId,
      },
    ];
    for (const filter of filters) {
      const whole = RANGES[0] ?? range;
      const expected = sumRaw({ documents: documents.filter(filter.keep), ...whole, key: () => "all" }).get("all");
      expect(expected?.documents).toBeGreaterThan(0);
      const summary = (await report("summary", { ...whole, ...filter.query })).data as {
        current: Record<string, number>;
      };
      expect([summary.current.net, summary.current.cost, summary.current.documents]).toEqual([
        expected?.net,
        expected?.cost,
        expected?.documents,
      ]);
    }
    const products = await getDb().erpProduct.findMany({ where: { companyId: world.agent.companyId, groupId: 3 } });
    const inGroup = new Set(products.map((p) => p.erpId));
    const byProduct = sumRaw({
      documents,
      ...range,
      key: (d, l) => (inGroup.has(l.productId) && d.customerId === customer?.customerId ? "in" : "out"),
    }).get("in");
    const summary = (await report("summary", { ...range, group: "3", customer: String(customer?.customerId) }))
      .data as TSummary;
    expect([summary.current.net, summary.current.cost]).toEqual([byProduct?.net ?? 0, byProduct?.cost ?? 0]);
  });
});

describe("the rollups follow the copy", () => {
  it("a full resync of documents changes nothing, and a changed document replaces its old figures", async () => {
    const range = RANGES[0] ?? { from: "", to: "" };
    const before = (await report("summary", range)).data as TSummary;
    const [net, cost] = [before.current.net ?? 0, before.current.cost ?? 0];
    const line = await world.sandbox.db
      .selectFrom("dok_Pozycja")
      .innerJoin("dok__Dokument", "dok_Id", "ob_DokHanId")
      .select(["ob_Id", "ob_WartNetto", "ob_WartMag"])
      .where("dok_Typ", "=", 2)
      .orderBy("ob_Id")
      .limit(1)
      .executeTakeFirstOrThrow();
    await world.sandbox.db
      .updateTable("dok_Pozycja")
      .set({ ob_WartNetto: Number(line.ob_WartNetto) + 1000, ob_WartMag: Number(line.ob_WartMag) + 100 })
      .where("ob_Id", "=", line.ob_Id)
      .execute();
    const since = new Date();
    await requestSync({
      actor: STAFF_ACTOR,
      companyId: world.agent.companyId,
      input: { group: "DOCUMENTS", kind: "FULL" },
    });
    expect((await finishedRun({ companyId: world.agent.companyId, group: "DOCUMENTS", since })).status).toBe(
      "SUCCEEDED",
    );
    const after = (await report("summary", range)).data as TSummary;
    expect([after.current.net, after.current.cost, after.current.documents]).toEqual([
      round(net + 1000),
      round(cost + 100),
      before.current.documents,
    ]);
    const expected = sumRaw({ documents: await raw(), ...range, key: () => "all" }).get("all");
    expect(after.current.net).toBe(expected?.net);
  }, 60_000);
});

describe("product groups follow the ERP", () => {
  it("a product moved to another group in the ERP takes its past sales with it", async () => {
    const range = RANGES[0] ?? { from: "", to: "" };
    const documents = await raw();
    const sold = sumRaw({ documents, ...range, key: (_d, l) => l.productId });
    const [productId] = [...sold].sort((a, b) => b[1].net - a[1].net)[0] ?? [0];
    const product = await getDb().erpProduct.findFirstOrThrow({
      where: { companyId: world.agent.companyId, erpId: Number(productId) },
    });
    const target = product.groupId === 1 ? 2 : 1;
    // A report just before: the portal has seen this copy with nothing to move (it then looks again
    // only once the copy changed).
    await report("breakdown", { ...range, by: "group" });
    await world.sandbox.db
      .updateTable("tw__Towar")
      .set({ tw_IdGrupa: target })
      .where("tw_Id", "=", Number(productId))
      .execute();
    await world.sandbox.db
      .insertInto("tw_ZmianaTw")
      .values({ twz_TowarId: Number(productId), twz_NrZmiany: 3000, twz_CzasModyf: new Date() })
      .execute();
    const since = new Date();
    await getDb().syncState.updateMany({
      where: { companyId: world.agent.companyId, group: "PRODUCTS" },
      data: { nextRunAt: new Date(0) },
    });
    expect((await finishedRun({ companyId: world.agent.companyId, group: "PRODUCTS", since })).status).toBe(
      "SUCCEEDED",
    );
    const products = await getDb().erpProduct.findMany({ where: { companyId: world.agent.companyId } });
    expect(products.find((p) => p.erpId === Number(productId))?.groupId).toBe(target);
    const groupOf = new Map(products.map((p) => [p.erpId, p.groupId ?? 0]));
    const expected = sumRaw({ documents, ...range, key: (_d, l) => groupOf.get(l.productId) ?? 0 });
    const result = await report("breakdown", { ...range, by: "group" });
    const rows = (result.data as { table: { rows: TFigures[] } }).table.rows;
    expect(figures(rows)).toEqual(figures([...expected].map(([k, v]) => ({ key: k, ...v }))));
  }, 60_000);
});

describe("the contractor report", () => {
  it("shows each business customer's balance, overdue amount and oldest overdue due date from the ERP's settlements", async () => {
    // The sandbox's history ends in the past: every settlement still open is overdue today.
    const { rows: expected } = await sql<{ id: number; balance: string; due: Date }>`
      select "nzf_IdObiektu" as id, sum("nzf_Wartosc") as balance, min("nzf_TerminPlatnosci") as due
      from "nz__Finanse" where "nzf_Wartosc" > 0 group by 1`.execute(world.sandbox.db);
    expect(expected.length).toBeGreaterThan(5);
    const { rows } = (await report("contractors", { ...RANGES[0] })).table;
    const owing = rows.filter((row) => Number(row.balance) !== 0);
    expect(new Set(owing.map((row) => Number(row.key)))).toEqual(new Set(expected.map((row) => row.id)));
    for (const { id, balance, due } of expected) {
      const day = due.toISOString().slice(0, 10);
      const values = { balance: round(Number(balance)), overdue: round(Number(balance)), oldestOverdueDueDate: day };
      expect(rows.find((row) => row.key === String(id))).toMatchObject(values);
      const one = await report("contractor", { ...RANGES[0], customer: String(id) });
      expect((one.data as { customer: unknown }).customer).toMatchObject(values);
    }
  }, 60_000);
});

describe("tenancy", () => {
  it("a client of another company gets not found for every report and export; staff and the owner get figures", async () => {
    const other = await makeUser({ role: "CLIENT", companyId: (await makeCompany()).id });
    const owner = await makeUser({ role: "CLIENT", companyId: world.agent.companyId });
    for (const name of ["summary", "trend", "breakdown", "heatmap", "unprofitable", "contractors", "contractor"]) {
      const params = new URLSearchParams({ customer: "1" });
      await expect(
        runReport({ actor: other.actor, companyId: world.agent.companyId, report: name, params, words: WORDS }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      params.set("format", "csv");
      await expect(
        exportReport({
          actor: other.actor,
          companyId: world.agent.companyId,
          report: name,
          params,
          words: WORDS,
          title: (c) => c.key,
          heading: { title: name, period: "Period", asOf: "Data as of", notSynced: "not synced" },
          sheet: name,
          locale: "en",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const own = await runReport({
      actor: owner.actor,
      companyId: world.agent.companyId,
      report: "summary",
      params: new URLSearchParams(RANGES[0]),
      words: WORDS,
    });
    expect((own.data as { current: { net: number } }).current.net).not.toBe(0);
  });

  it("a bad filter is refused with its field named", async () => {
    await expect(report("summary", { from: "2026-13-01" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { from: expect.any(Array) },
    });
    await expect(report("summary", { contact: "nowhere" })).rejects.toMatchObject({
      fieldErrors: { contact: expect.any(Array) },
    });
    await expect(report("breakdown", { by: "colour" })).rejects.toMatchObject({
      fieldErrors: { by: expect.any(Array) },
    });
  });
});
