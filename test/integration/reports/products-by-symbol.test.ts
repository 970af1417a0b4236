import { beforeAll, describe, expect, it } from "vitest";
import { runReport } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import { makeCompany, STAFF_ACTOR } from "../../support/factories.ts";
import { seedIntegrationCopy } from "../../support/integration-copy.ts";
import { WORDS } from "./reports-fixture.ts";

/**
 * Sales by product are summed per ERP product first and then joined to the copy once per product
 * (aggregate-sales.ts): the symbol two ERPs share must still come out as one row summing both, a
 * product the copy does not know keeps its own row, and every rollup (quarters, months, days) and
 * the page's second step (the shown rows' other periods) agree. Every figure is summed by hand.
 */
let companyId = "";
let first = "";
let second = "";

beforeAll(async () => {
  companyId = (await makeCompany()).id;
  first = await seedIntegrationCopy({
    companyId,
    name: "ERP A",
    erpType: "SUBIEKT_GT",
    showrooms: [],
    products: [{ erpId: 10, sku: "KUBEK", name: "Kubek", groupId: 1, groupName: "Naczynia" }],
    customers: [],
    documents: [
      { erpId: 1, type: "FS", day: "2025-11-05", warehouseId: 1, customerId: null, lines: [line(10, 10, 5, 1)] },
      // Product 11 is not (yet) in A's copy.
      {
        erpId: 2,
        type: "FS",
        day: "2025-12-20",
        warehouseId: 1,
        customerId: null,
        lines: [line(10, 20, 10, 2), line(11, 7, 3, 1)],
      },
      { erpId: 3, type: "PA", day: "2026-01-10", warehouseId: 1, customerId: null, lines: [line(10, 100, 60, 1)] },
    ],
  });
  second = await seedIntegrationCopy({
    companyId,
    name: "ERP B",
    erpType: "OPTIMA",
    showrooms: [],
    products: [
      // The same symbol under another id, in another group.
      { erpId: 20, sku: "KUBEK", name: "Kubek B", groupId: 7, groupName: "Kuchnia" },
      // B's product 10 is another thing than A's.
      { erpId: 10, sku: "MISKA", name: "Miska", groupId: 7, groupName: "Kuchnia" },
    ],
    customers: [],
    documents: [
      { erpId: 5, type: "FS", day: "2025-12-28", warehouseId: 1, customerId: null, lines: [line(20, 40, 30, 4)] },
      {
        erpId: 6,
        type: "FS",
        day: "2026-02-03",
        warehouseId: 1,
        customerId: null,
        lines: [line(20, 200, 150, 2), line(10, 50, 20, 1)],
      },
      { erpId: 7, type: "FS", day: "2026-03-20", warehouseId: 1, customerId: null, lines: [line(10, 5, 1, 1)] },
    ],
  });
}, 60_000);

function line(productId: number, net: number, cost: number, quantity: number) {
  return { productId, net, cost, quantity };
}

async function productRows(query: Record<string, string>, limit?: number) {
  const { table } = await runReport({
    actor: STAFF_ACTOR,
    companyId,
    report: "breakdown",
    params: new URLSearchParams({ by: "product", ...query }),
    words: WORDS,
    limit,
  });
  return Object.fromEntries(
    table.rows.map((r) => [String(r.key), [r.label, r.sources, r.net, r.margin, r.quantity, r.documents]]),
  );
}

describe("sales by product symbol across two ERPs", () => {
  // Mid-December to the end of March: the quarter rollup, and days for December's end.
  const WIDE = { from: "2025-12-15", to: "2026-03-31" };
  const expected = {
    KUBEK: ["KUBEK Kubek", "ERP A, ERP B", 360, 110, 9, 4],
    MISKA: ["MISKA Miska", "ERP B", 55, 34, 2, 2],
    "#11": ["#11", "ERP A", 7, 4, 1, 1],
  };

  it("sums a shared symbol across both, whichever rollups answer", async () => {
    // Anywhere: product totals by quarter and by day.
    expect(await productRows(WIDE)).toEqual(expected);
    // At one point of contact: the rollups by point of contact, by month and by day.
    expect(await productRows({ ...WIDE, contact: "erp" })).toEqual(expected);
    // Days alone (neither a whole month nor a quarter).
    expect(await productRows({ from: "2025-12-16", to: "2026-01-10" })).toEqual({
      KUBEK: ["KUBEK Kubek", "ERP A, ERP B", 160, 60, 7, 3],
      "#11": ["#11", "ERP A", 7, 4, 1, 1],
    });
  });

  it("compares the rows a page shows with their other periods as the full table does", async () => {
    const QUARTER = { from: "2026-01-01", to: "2026-03-31" };
    const previousOf = async (limit?: number) => {
      const { table } = await runReport({
        actor: STAFF_ACTOR,
        companyId,
        report: "breakdown",
        params: new URLSearchParams({ by: "product", ...QUARTER }),
        words: WORDS,
        limit,
      });
      return table.rows.map((r) => [r.key, r.net, r.previousNet]);
    };
    // The previous quarter: A's 10 + 20 and B's 40 for the shared symbol.
    expect(await previousOf()).toEqual([
      ["KUBEK", 300, 70],
      ["MISKA", 55, 0],
    ]);
    // One row shown: its other periods are summed for it alone, by symbol in both ERPs.
    expect(await previousOf(1)).toEqual([["KUBEK", 300, 70]]);
  });

  it("keeps a product's group its own ERP's when narrowed to the symbol", async () => {
    const { table } = await runReport({
      actor: STAFF_ACTOR,
      companyId,
      report: "breakdown",
      params: new URLSearchParams({ by: "group", product: "KUBEK", from: "2026-01-01", to: "2026-03-31" }),
      words: WORDS,
    });
    expect(Object.fromEntries(table.rows.map((r) => [String(r.key), [r.label, r.net]]))).toEqual({
      [`${first}:1`]: ["Naczynia", 100],
      [`${second}:7`]: ["Kuchnia", 200],
    });
  });
});
