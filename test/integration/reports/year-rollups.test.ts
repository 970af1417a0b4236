import { describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { runReport } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import { requestSync } from "../../../apps/portal/src/server/erp-data/sync/request-sync.ts";
import { finishedRun } from "../sync/sync-fixture.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import {
  differences,
  editSalesInErp,
  figuresOf,
  rawSales,
  sumRaw,
  WORDS,
  type TRawDocument,
  type TRollupFigures,
} from "./reports-fixture.ts";
import { backfillStatements, replayBackfill } from "./replay-backfill.ts";

const world = syncedWorld({ integration: { firstRuns: ["PRODUCTS", "CUSTOMERS", "DOCUMENTS"] } });

const raw = () => rawSales({ companyId: world.agent.companyId, showrooms: [], channelOfKey: new Map() });

/** "YYYY-MM-01" of the month `months` after the one holding `day`. */
function monthOf(day: string, months = 0): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * What a year rollup must hold, from the copied documents by its definition: for every month M, a
 * product's (or customer's) sales dated in the twelve calendar months ending with M (grosze,
 * ten-thousandths, the invoices and receipts holding it, its lines); windows without one have no row.
 */
function expectedYears(documents: TRawDocument[], by: "product" | "customer") {
  const days = documents.map((d) => d.day).sort();
  const [first, last] = [monthOf(days[0] ?? ""), monthOf(days.at(-1) ?? "", 11)];
  const out: Record<string, number[]> = {};
  const add = (key: string, lines: TRawDocument["lines"], document: number | null) => {
    const sum = (out[key] ??= [0, 0, 0, 0, 0, 0]);
    for (const line of lines) {
      sum[0] = (sum[0] ?? 0) + Math.round(line.net * 100);
      sum[1] = (sum[1] ?? 0) + Math.round(line.gross * 100);
      sum[2] = (sum[2] ?? 0) + Math.round(line.cost * 100);
      sum[3] = (sum[3] ?? 0) + Math.round(line.quantity * 10_000);
    }
    sum[5] = (sum[5] ?? 0) + lines.length;
    if (document !== null) docs.set(key, (docs.get(key) ?? new Set()).add(document));
  };
  const docs = new Map<string, Set<number>>();
  for (let month = first; month <= last; month = monthOf(month, 1)) {
    const [from, to] = [monthOf(month, -11), monthOf(month, 1)];
    for (const doc of documents) {
      if (doc.day < from || doc.day >= to) continue;
      const sale = doc.type === "KFS" ? null : doc.id;
      if (by === "customer") add(`${month} ${doc.customerId}`, doc.lines, sale);
      else for (const line of doc.lines) add(`${month} ${line.productId}`, [line], sale);
    }
  }
  for (const [key, ids] of docs) (out[key] ??= [0, 0, 0, 0, 0, 0])[4] = ids.size;
  return out;
}

type TYearRow = TRollupFigures & { month: Date; productId?: number; customerId?: number };

/** Rollup rows keyed "month id", their figures in the order expectedYears() gives them. */
function yearsOf(rows: TYearRow[], by: "product" | "customer") {
  return Object.fromEntries(
    rows.map((r) => [
      `${r.month.toISOString().slice(0, 10)} ${by === "product" ? r.productId : r.customerId}`,
      figuresOf(r),
    ]),
  );
}

async function storedYears(by: "product" | "customer") {
  const where = { where: { companyId: world.agent.companyId } };
  const db = getDb();
  return yearsOf(
    by === "product" ? await db.reportProductYear.findMany(where) : await db.reportCustomerYear.findMany(where),
    by,
  );
}

async function expectYearsEqualRaw() {
  const documents = await raw();
  for (const by of ["product", "customer"] as const) {
    const years = await storedYears(by);
    expect(Object.keys(years).length, by).toBeGreaterThan(100);
    expect(differences(years, expectedYears(documents, by)), by).toEqual([]);
  }
}

async function breakdown(range: { from: string; to: string }, by: "product" | "customer") {
  const result = await runReport({
    actor: STAFF_ACTOR,
    companyId: world.agent.companyId,
    report: "breakdown",
    params: new URLSearchParams({ ...range, by }),
    words: WORDS,
  });
  const rows = (result.data as { table: { rows: Record<string, number | string>[] } }).table.rows;
  return Object.fromEntries(rows.map((r) => [String(r.key), [r.net, r.gross, r.cost, r.quantity, r.documents]]));
}

/**
 * Ranges read through the year rollup: the default period (this month and the eleven before it,
 * ending mid-month: the year less the month's last days), twelve whole months, and more than a year
 * (the year, then quarters, months and days); and one ending on the first day of its twelfth month.
 */
const YEAR_RANGES = [
  { from: "2025-04-01", to: "2026-03-10" },
  { from: "2025-03-01", to: "2026-02-28" },
  { from: "2024-05-01", to: "2026-01-17" },
  { from: "2025-01-01", to: "2025-12-01" },
];

async function expectReportsEqualRaw() {
  const documents = await raw();
  const products = await getDb().erpProduct.findMany({ where: { companyId: world.agent.companyId } });
  const skuOf = new Map(products.map((p) => [p.erpId, p.sku]));
  const keys = {
    product: (_d: TRawDocument, l: TRawDocument["lines"][number]) =>
      l.productId === 0 ? "" : (skuOf.get(l.productId) ?? `#${l.productId}`),
    customer: (d: TRawDocument) => d.customerId,
  };
  for (const range of YEAR_RANGES) {
    for (const by of ["product", "customer"] as const) {
      const expected = sumRaw({ documents, ...range, key: keys[by] });
      // Every row with a line in the range, a sale returned in full too (its net 0, one document).
      const rows = Object.fromEntries(
        [...expected].map(([k, v]) => [String(k), [v.net, v.gross, v.cost, v.quantity, v.documents]]),
      );
      expect(differences(await breakdown(range, by), rows), `${by} ${range.from}..${range.to}`).toEqual([]);
    }
  }
}

/** Re-reads every document from the ERP, as a full resync does after a change there. */
async function resyncDocuments() {
  const since = new Date();
  await requestSync({
    actor: STAFF_ACTOR,
    companyId: world.agent.companyId,
    input: { group: "DOCUMENTS", kind: "FULL" },
  });
  expect((await finishedRun({ companyId: world.agent.companyId, group: "DOCUMENTS", since })).status).toBe("SUCCEEDED");
}

describe("the twelve-month rollups by product and by customer", () => {
  it("equal the copied documents summed over each twelve months after a sync, and the default period reads them exactly", async () => {
    await expectYearsEqualRaw();
    await expectReportsEqualRaw();
  });

  it("are what the migration's backfill makes of the month rollups", async () => {
    const statements = await backfillStatements("report_years");
    expect(statements).toHaveLength(2);
    const written = await replayBackfill({
      statements,
      companyId: world.agent.companyId,
      from: ["ReportProductTotalMonth", "ReportCustomerMonth"],
      into: ["ReportProductYear", "ReportCustomerYear"],
    });
    const filled = {
      product: yearsOf((written.ReportProductYear ?? []) as TYearRow[], "product"),
      customer: yearsOf((written.ReportCustomerYear ?? []) as TYearRow[], "customer"),
    };
    expect(Object.keys(filled.product).length).toBeGreaterThan(100);
    expect(differences(filled.product, await storedYears("product"))).toEqual([]);
    expect(differences(filled.customer, await storedYears("customer"))).toEqual([]);
  });

  it("follows a corrected line, a withdrawn line and a document moved into the next month", async () => {
    const invoices = await world.sandbox.db
      .selectFrom("dok__Dokument")
      .select(["dok_Id", "dok_DataWyst"])
      .where("dok_Typ", "=", 2)
      .orderBy("dok_Id")
      .limit(40)
      .execute();
    const { moved, nextMonth } = await editSalesInErp(world.sandbox.db, invoices);
    const before = await storedYears("product");
    await resyncDocuments();
    const documents = await raw();
    expect(documents.find((d) => d.id === moved.dok_Id)?.day).toBe(nextMonth.toISOString().slice(0, 10));
    expect(differences(await storedYears("product"), before).length).toBeGreaterThan(0);
    await expectYearsEqualRaw();
    await expectReportsEqualRaw();
  }, 60_000);
});
