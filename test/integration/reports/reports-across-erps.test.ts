import { beforeAll, describe, expect, it } from "vitest";
import { exportReport } from "../../../apps/portal/src/server/insight/reports/export-report.ts";
import { BREAKDOWN_COLUMNS } from "../../../apps/portal/src/server/insight/reports/get-sales-breakdown.ts";
import { runReport } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import type { TTable } from "../../../apps/portal/src/server/insight/reports/report-table.ts";
import { makeCompany, makeUser, STAFF_ACTOR } from "../../support/factories.ts";
import { WORDS } from "./reports-fixture.ts";
import { seedIntegrationCopy } from "../../support/integration-copy.ts";
import { seedTwoErpClient } from "../../support/two-erp-client.ts";

/** One client with two ERPs (seedTwoErpClient): every figure below is summed by hand from its documents. */
let companyId = "";
let subiekt = "";
let optima = "";
let otherCompanyId = "";
let otherIntegration = "";

const QUARTER = { from: "2026-01-01", to: "2026-03-31" };
// Mid-month ends: the day rollups answer, not the month or quarter ones.
const MID = { from: "2026-01-12", to: "2026-02-25" };

beforeAll(async () => {
  companyId = (await makeCompany()).id;
  ({ subiekt, optima } = await seedTwoErpClient(companyId));
  otherCompanyId = (await makeCompany()).id;
  otherIntegration = await seedIntegrationCopy({
    companyId: otherCompanyId,
    name: "Subiekt GT",
    erpType: "SUBIEKT_GT",
    showrooms: [],
    products: [{ erpId: 10, sku: "KUBEK-1", name: "Kubek obcy", groupId: 1, groupName: "Obce" }],
    customers: [{ erpId: 5, code: "OBCY", name: "Obcy", nip: null }],
    documents: [
      {
        erpId: 100,
        type: "FS",
        day: "2026-01-20",
        warehouseId: 1,
        customerId: 5,
        lines: [{ productId: 10, net: 999, cost: 1, quantity: 9 }],
      },
    ],
  });
}, 60_000);

async function report(name: string, query: Record<string, string>, company = companyId) {
  return runReport({
    actor: STAFF_ACTOR,
    companyId: company,
    report: name,
    params: new URLSearchParams(query),
    words: WORDS,
  });
}

type TRow = Record<string, string | number | null>;
async function rows(query: Record<string, string>, company = companyId): Promise<TRow[]> {
  return (await report("breakdown", query, company)).table.rows as TRow[];
}
/** key -> the columns asked for, so one expectation shows a whole table. */
function byKey(table: TRow[], columns: string[]) {
  return Object.fromEntries(table.map((r) => [String(r.key), columns.map((c) => r[c])]));
}
async function totals(query: Record<string, string>) {
  const data = (await report("summary", query)).data as { current: Record<string, number> };
  return [data.current.net, data.current.cost, data.current.quantity, data.current.documents];
}

const S = (id: string | number) => `${subiekt}:${id}`;
const O = (id: string | number) => `${optima}:${id}`;

describe("reports across two ERPs of one client", () => {
  it("sum both ERPs' sales, and by symbol a product sold in both is one row naming both sources", async () => {
    expect(await totals(QUARTER)).toEqual([490, 308, 11, 4]);
    // Whole quarter (quarter rollups) and whole months (month rollups).
    for (const range of [QUARTER, { from: "2026-01-01", to: "2026-02-28" }]) {
      expect(
        byKey(await rows({ ...range, by: "product" }), ["label", "sources", "net", "cost", "quantity", "documents"]),
      ).toEqual({
        // Not by ERP id: id 10 is a mug in Subiekt GT and a glass in Optima.
        "KUBEK-1": ["KUBEK-1 Kubek", "Subiekt GT, Optima", 400, 278, 5, 4],
        TALERZ: ["TALERZ Talerz", "Subiekt GT", 50, 20, 2, 1],
        SZKLANKA: ["SZKLANKA Szklanka", "Optima", 40, 10, 4, 1],
      });
    }
    expect(byKey(await rows({ ...MID, by: "product" }), ["net", "sources"])).toEqual({
      "KUBEK-1": [300, "Subiekt GT, Optima"],
      SZKLANKA: [40, "Optima"],
    });
    expect(byKey(await rows({ ...QUARTER, by: "product", contact: "erp" }), ["net"])).toEqual({
      "KUBEK-1": [370],
      TALERZ: [50],
      SZKLANKA: [40],
    });
  });

  it("split by ERP source, and the same split by month", async () => {
    expect(byKey(await rows({ ...QUARTER, by: "integration" }), ["label", "net", "documents", "sharePct"])).toEqual({
      [subiekt]: ["Subiekt GT", 180, 2, 36.7],
      [optima]: ["Optima", 310, 2, 63.3],
    });
    const trend = (await report("trend", { ...QUARTER, integration: optima })).data as {
      points: { bucket: string; current: { net: number } }[];
    };
    expect(trend.points.map((p) => [p.bucket, p.current.net])).toEqual([
      ["2026-01-01", 240],
      ["2026-02-01", 70],
      ["2026-03-01", 0],
    ]);
  });

  it("filter to one ERP source: its figures only, no sources column", async () => {
    expect(await totals({ ...QUARTER, integration: optima })).toEqual([310, 210, 7, 2]);
    expect(await totals({ ...MID, integration: subiekt })).toEqual([30, 18, 1, 1]);
    const table = (await report("breakdown", { ...QUARTER, by: "product", integration: optima })).table;
    expect(table.columns.map((c) => c.key)).toEqual(BREAKDOWN_COLUMNS.map((c) => c.key));
    expect(byKey(table.rows as TRow[], ["label", "net"])).toEqual({
      "KUBEK-1": ["KUBEK-1 Kubek ceramiczny", 270],
      SZKLANKA: ["SZKLANKA Szklanka", 40],
    });
  });

  it("a product symbol filters both ERPs; showrooms are each ERP's own", async () => {
    // Documents are not counted across products (as before): null.
    expect(await totals({ ...QUARTER, product: "KUBEK-1" })).toEqual([400, 278, 5, null]);
    expect((await totals({ ...QUARTER, product: "KUBEK-1", contact: "showroom" }))[0]).toBe(30);
    expect((await totals({ ...QUARTER, product: "KUBEK-1", contact: "erp" }))[0]).toBe(370);
    expect(byKey(await rows({ ...QUARTER, by: "contact" }), ["net"])).toEqual({ erp: [460], showroom: [30] });
  });

  it("warehouses, groups and customers stay each ERP's own, named from their own copy", async () => {
    expect(byKey(await rows({ ...QUARTER, by: "warehouse" }), ["label", "sources", "net"])).toEqual({
      [S(1)]: ["Warehouse 1", "Subiekt GT", 150],
      [S(2)]: ["Warehouse 2 (Showroom)", "Subiekt GT", 30],
      [O(1)]: ["Warehouse 1", "Optima", 240],
      [O(2)]: ["Warehouse 2", "Optima", 70],
    });
    expect(byKey(await rows({ ...QUARTER, by: "group" }), ["label", "net"])).toEqual({
      [S(1)]: ["Naczynia", 180],
      [O(1)]: ["Szkło", 40],
      [O(7)]: ["Kuchnia", 270],
    });
    expect(byKey(await rows({ ...QUARTER, by: "customer" }), ["label", "net", "documents"])).toEqual({
      [S(5)]: ["Firma A (FIRMA-A)", 150, 1],
      [S(0)]: ["Anonymous", 30, 1],
      [O(5)]: ["Firma B (FIRMA-B)", 310, 2],
    });
    const heatmap = (await report("heatmap", QUARTER)).data as { groups: { label: string }[] };
    expect(heatmap.groups.map((g) => g.label)).toEqual(["Kuchnia (Optima)", "Naczynia (Subiekt GT)", "Szkło (Optima)"]);
    const areas = (await report("unprofitable", QUARTER)).table;
    expect(areas.columns.map((c) => c.key).slice(0, 2)).toEqual(["group", "source"]);
    expect(new Set(areas.rows.map((r) => `${r.source}/${r.group}/${r.warehouse}`))).toEqual(
      new Set([
        "Subiekt GT/Naczynia/Warehouse 1",
        "Subiekt GT/Naczynia/Warehouse 2 (Showroom)",
        "Optima/Szkło/Warehouse 1",
        "Optima/Kuchnia/Warehouse 1",
        "Optima/Kuchnia/Warehouse 2",
      ]),
    );
  });

  it("a customer id needs its ERP source; with it, that customer's figures and history", async () => {
    await expect(report("summary", { ...QUARTER, customer: "5" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { customer: [{ code: "needsSource" }] },
    });
    await expect(report("summary", { ...QUARTER, warehouse: "2" })).rejects.toMatchObject({
      fieldErrors: { warehouse: [{ code: "needsSource" }] },
    });
    expect(await totals({ ...QUARTER, customer: "5", integration: subiekt })).toEqual([150, 80, 3, 1]);
    expect((await totals({ ...QUARTER, warehouse: "2", integration: optima }))[0]).toBe(70);
    const contractors = (await report("contractors", QUARTER)).table;
    expect(byKey(contractors.rows as TRow[], ["name", "source", "net"])).toEqual({
      [S(5)]: ["Firma A", "Subiekt GT", 150],
      [O(5)]: ["Firma B", "Optima", 310],
    });
    const history = (await report("contractor", { ...QUARTER, customer: "5", integration: optima })).data as {
      customer: { name: string };
      totals: { net: number };
      table: TTable;
    };
    expect([history.customer.name, history.totals.net, history.table.rows.map((r) => r.number)]).toEqual([
      "Firma B",
      310,
      ["FS 102/2026", "FS 100/2026"],
    ]);
  });

  it("exports carry the split and the sources", async () => {
    const params = new URLSearchParams({ ...QUARTER, by: "product", format: "csv" });
    const csv = await exportReport({
      actor: STAFF_ACTOR,
      companyId,
      report: "breakdown",
      params,
      words: WORDS,
      title: (c) => c.key,
      heading: { title: "Sales by product", period: "Period", asOf: "Data as of", notSynced: "not synced" },
      sheet: "Sales",
      locale: "en",
    });
    const lines = new TextDecoder().decode(csv.body).split(/\r?\n/);
    expect(lines.filter((l) => l.startsWith("KUBEK-1"))).toEqual([
      expect.stringMatching(/^KUBEK-1 Kubek,"Subiekt GT, Optima",400,/),
    ]);
    expect(lines.some((l) => l.startsWith("label,sources,net,"))).toBe(true);
    params.set("by", "integration");
    params.set("format", "xlsx");
    const xlsx = await exportReport({
      actor: STAFF_ACTOR,
      companyId,
      report: "breakdown",
      params,
      words: WORDS,
      title: (c) => c.key,
      heading: { title: "Sales by source", period: "Period", asOf: "Data as of", notSynced: "not synced" },
      sheet: "Sales",
      locale: "en",
    });
    expect(xlsx.filename).toBe("sales-by-integration-2026-01-01_2026-03-31.xlsx");
    expect(Buffer.from(xlsx.body).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("tenancy and one ERP", () => {
  it("another company's integration id is not found for reports and exports; a malformed one names the field", async () => {
    for (const name of ["summary", "breakdown", "contractors"]) {
      await expect(report(name, { ...QUARTER, integration: otherIntegration })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        exportReport({
          actor: STAFF_ACTOR,
          companyId,
          report: name,
          params: new URLSearchParams({ ...QUARTER, integration: otherIntegration, format: "csv" }),
          words: WORDS,
          title: (c) => c.key,
          heading: { title: name, period: "Period", asOf: "Data as of", notSynced: "not synced" },
          sheet: name,
          locale: "en",
        }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(report("summary", { integration: "nope" })).rejects.toMatchObject({
      fieldErrors: { integration: expect.any(Array) },
    });
    const client = await makeUser({ role: "CLIENT", companyId: otherCompanyId });
    await expect(
      runReport({
        actor: client.actor,
        companyId,
        report: "summary",
        params: new URLSearchParams({ integration: subiekt }),
        words: WORDS,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a company with one ERP: its own figures, plain keys and no sources column", async () => {
    const table = (await report("breakdown", { ...QUARTER, by: "product" }, otherCompanyId)).table;
    expect(table.columns).toEqual(BREAKDOWN_COLUMNS);
    expect(byKey(table.rows as TRow[], ["label", "net"])).toEqual({ "KUBEK-1": ["KUBEK-1 Kubek obcy", 999] });
    expect(byKey(await rows({ ...QUARTER, by: "customer" }, otherCompanyId), ["label", "net"])).toEqual({
      "5": ["Obcy (OBCY)", 999],
    });
    expect((await report("summary", { ...QUARTER, customer: "5" }, otherCompanyId)).table.rows[0]).toMatchObject({
      current: 999,
    });
  });
});
