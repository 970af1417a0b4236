import { describe, expect, it } from "vitest";
import { getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { runReport } from "../../../apps/portal/src/server/insight/reports/run-report.ts";
import {
  addDays,
  formatDay,
  lastYearRange,
  parseDay,
  periodPresets,
  previousRange,
} from "../../../apps/portal/src/server/insight/reports/report-period.ts";
import { requestSync } from "../../../apps/portal/src/server/erp-data/sync/request-sync.ts";
import { finishedRun } from "../sync/sync-fixture.ts";
import { syncedWorld } from "../../support/synced-world.ts";
import { STAFF_ACTOR } from "../../support/factories.ts";
import { captureQueries, indexScansOf } from "../../support/explain-queries.ts";
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

const SHOWROOMS = [2, 3];

// Two showrooms, and some sales carrying an order key the portal does not know (the '?' channel),
// in a showroom too.
const world = syncedWorld({
  arrange: async ({ sandbox }) => {
    const sales = await sandbox.db
      .selectFrom("dok__Dokument")
      .select("dok_Id")
      .where("dok_Typ", "in", [2, 21])
      .where("dok_MagId", "in", [1, ...SHOWROOMS])
      .orderBy("dok_Id", "desc")
      .limit(40)
      .execute();
    await sandbox.db
      .updateTable("dok__Dokument")
      .set({ dok_NrPelnyOryg: "SKLEP-1-2026" })
      .where(
        "dok_Id",
        "in",
        sales.map((s) => s.dok_Id),
      )
      .execute();
  },
  integration: {
    settings: {
      warehouses: [1, ...SHOWROOMS].map((erpId) => ({ erpId, role: erpId === 1 ? "store" : "showroom" })),
    },
    firstRuns: ["PRODUCTS", "CUSTOMERS", "DOCUMENTS"],
  },
});

/** Points of contact as plain words: no showroom (the rows keep the warehouse), no known channel. */
const rawByPlace = () => rawSales({ companyId: world.agent.companyId, showrooms: [], channelOfKey: new Map() });
const rawWithShowrooms = () =>
  rawSales({ companyId: world.agent.companyId, showrooms: SHOWROOMS, channelOfKey: new Map() });

/** A stored row's channel as rawSales words it ('' sold in the ERP, '?' an unknown order key). */
const contactOfChannel = (channel: string) =>
  channel === "" ? "erp" : channel === "?" ? "channel:unknown" : `channel:${channel}`;

/** "YYYY-MM-01" of the month `months` after the one holding `day`. */
function monthOf(day: string, months = 0): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/**
 * What the rollup must hold, from the copied documents by its definition: for every month M, a
 * product's sales at one place (point of contact and warehouse) dated in the twelve calendar months
 * ending with M (grosze, ten-thousandths, the invoices and receipts holding it, its lines).
 */
function expectedPlaceYears(documents: TRawDocument[]) {
  const days = documents.map((d) => d.day).sort();
  const [first, last] = [monthOf(days[0] ?? ""), monthOf(days.at(-1) ?? "", 11)];
  const out: Record<string, number[]> = {};
  const docs = new Map<string, Set<number>>();
  for (let month = first; month <= last; month = monthOf(month, 1)) {
    const [from, to] = [monthOf(month, -11), monthOf(month, 1)];
    for (const doc of documents) {
      if (doc.day < from || doc.day >= to) continue;
      for (const line of doc.lines) {
        const key = `${month} ${line.productId} ${doc.contact} ${doc.warehouseId}`;
        const sum = (out[key] ??= [0, 0, 0, 0, 0, 0]);
        sum[0] = (sum[0] ?? 0) + Math.round(line.net * 100);
        sum[1] = (sum[1] ?? 0) + Math.round(line.gross * 100);
        sum[2] = (sum[2] ?? 0) + Math.round(line.cost * 100);
        sum[3] = (sum[3] ?? 0) + Math.round(line.quantity * 10_000);
        sum[5] = (sum[5] ?? 0) + 1;
        if (doc.type !== "KFS") docs.set(key, (docs.get(key) ?? new Set()).add(doc.id));
      }
    }
  }
  for (const [key, ids] of docs) (out[key] ??= [0, 0, 0, 0, 0, 0])[4] = ids.size;
  return out;
}

type TPlaceYearRow = TRollupFigures & { month: Date; productId: number; channel: string; warehouseId: number };

/** Rollup rows keyed "month product place warehouse", their figures as expectedPlaceYears() gives them. */
function placeYearsOf(rows: TPlaceYearRow[]) {
  return Object.fromEntries(
    rows.map((r) => [
      `${formatDay(r.month)} ${r.productId} ${contactOfChannel(r.channel)} ${r.warehouseId}`,
      figuresOf(r),
    ]),
  );
}

async function storedPlaceYears() {
  return placeYearsOf(await getDb().reportProductPlaceYear.findMany({ where: { companyId: world.agent.companyId } }));
}

async function expectPlaceYearsEqualRaw() {
  const stored = await storedPlaceYears();
  expect(Object.keys(stored).length).toBeGreaterThan(100);
  // Both kinds of place are there: sold in the ERP and through an (unknown) order key.
  expect(Object.keys(stored).some((key) => key.includes(" channel:unknown "))).toBe(true);
  expect(differences(stored, expectedPlaceYears(await rawByPlace()))).toEqual([]);
}

/**
 * Every period the filter bar offers (report-shell's presets), on two days: one near the end of
 * the history (the default twelve months read from this rollup) and one a year before it.
 */
const TODAYS = ["2026-03-10", "2025-06-20"];

/** A product table narrowed to a place, as the report answers it, and as raw sums say it must be. */
async function expectNarrowedProductsEqualRaw(query: Record<string, string>, keep: (d: TRawDocument) => boolean) {
  const documents = (await rawWithShowrooms()).filter(keep);
  const products = await getDb().erpProduct.findMany({ where: { companyId: world.agent.companyId } });
  const skuOf = new Map(products.map((p) => [p.erpId, p.sku]));
  const symbol = (_d: TRawDocument, l: TRawDocument["lines"][number]) =>
    l.productId === 0 ? "" : (skuOf.get(l.productId) ?? `#${l.productId}`);
  const inclusive = (range: { from: Date; to: Date }) => ({
    from: formatDay(range.from),
    to: formatDay(addDays(range.to, -1)),
  });
  for (const today of TODAYS) {
    for (const preset of periodPresets(parseDay(today))) {
      const range = { from: parseDay(preset.from), to: addDays(parseDay(preset.to), 1) };
      const [current, previous, lastYear] = [range, previousRange(range), lastYearRange(range)].map((r) =>
        sumRaw({ documents, ...inclusive(r), key: symbol }),
      );
      const expected = Object.fromEntries(
        [...(current ?? [])].map(([key, v]) => [
          String(key),
          [v.net, v.gross, v.cost, v.quantity, v.documents, previous?.get(key)?.net ?? 0, lastYear?.get(key)?.net ?? 0],
        ]),
      );
      const result = await runReport({
        actor: STAFF_ACTOR,
        companyId: world.agent.companyId,
        report: "breakdown",
        params: new URLSearchParams({ from: preset.from, to: preset.to, by: "product", ...query }),
        words: WORDS,
        today: parseDay(today),
      });
      const rows = (result.data as { table: { rows: Record<string, number | string>[] } }).table.rows;
      const actual = Object.fromEntries(
        rows.map((r) => [
          String(r.key),
          [r.net, r.gross, r.cost, r.quantity, r.documents, r.previousNet, r.lastYearNet],
        ]),
      );
      expect(differences(actual, expected), `${JSON.stringify(query)} ${preset.value} on ${today}`).toEqual([]);
    }
  }
}

async function expectReportsEqualRaw() {
  await expectNarrowedProductsEqualRaw({ contact: "showroom" }, (d) => d.contact === "showroom");
  await expectNarrowedProductsEqualRaw({ contact: "erp" }, (d) => d.contact === "erp");
  await expectNarrowedProductsEqualRaw({ contact: "channel:unknown" }, (d) => d.contact === "channel:unknown");
  await expectNarrowedProductsEqualRaw({ warehouse: String(SHOWROOMS[0]) }, (d) => d.warehouseId === SHOWROOMS[0]);
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

describe("the twelve-month rollup by product and place", () => {
  it("equals the copied documents summed over each twelve months after a sync; showrooms by product read it exactly", async () => {
    const documents = await rawWithShowrooms();
    // The raw sums have sales in showrooms, both through the ERP and with an order key.
    expect(documents.some((d) => d.contact === "showroom")).toBe(true);
    expect(documents.some((d) => SHOWROOMS.includes(d.warehouseId) && d.contact === "channel:unknown")).toBe(true);
    await expectPlaceYearsEqualRaw();
    await expectReportsEqualRaw();
  }, 60_000);

  it("a page of a product or customer table, named and compared as the whole table's same rows", async () => {
    const queries: Record<string, string>[] = [
      { by: "product", contact: "showroom" },
      { by: "product" },
      { by: "customer" },
    ];
    for (const query of queries) {
      const table = async (extra: { limit?: number; page?: string }) => {
        const result = await runReport({
          actor: STAFF_ACTOR,
          companyId: world.agent.companyId,
          report: "breakdown",
          params: new URLSearchParams({ to: "2026-03-10", ...query, ...(extra.page ? { page: extra.page } : {}) }),
          words: WORDS,
          limit: extra.limit,
        });
        return result.table;
      };
      const [whole, second] = [await table({}), await table({ limit: 50, page: "2" })];
      expect(whole.rows.length, JSON.stringify(query)).toBeGreaterThan(100);
      expect(second).toMatchObject({ offset: 50, total: whole.rows.length });
      const pick = (r: Record<string, unknown>) => [r.key, r.label, r.net, r.previousNet, r.lastYearNet];
      expect(second.rows.map(pick), JSON.stringify(query)).toEqual(whole.rows.slice(50, 100).map(pick));
    }
  });

  it("a product table over the default period reads its twelve-month rows from the index alone", async () => {
    // As autovacuum leaves the tables between the sync's writes: the pages it has seen are all-visible.
    await getDb().$executeRawUnsafe(`VACUUM "ReportProductYear", "ReportProductPlaceYear"`);
    const captured = await captureQueries(async () => {
      const queries: Record<string, string>[] = [{ by: "product" }, { by: "product", contact: "showroom" }];
      for (const query of queries) {
        await runReport({
          actor: STAFF_ACTOR,
          companyId: world.agent.companyId,
          report: "breakdown",
          params: new URLSearchParams(query),
          words: WORDS,
          limit: 50,
          today: parseDay("2026-03-10"),
        });
      }
    });
    const scans = await indexScansOf(captured, ["ReportProductYear", "ReportProductPlaceYear"]);
    // Both rollups are read (by product, and by product at the showrooms), each from its index only:
    // the sync spreads one month's rows over the whole table, the index keeps them together.
    expect(new Set(scans.map((s) => s.relation))).toEqual(new Set(["ReportProductYear", "ReportProductPlaceYear"]));
    expect(scans.filter((s) => !s.node.startsWith("Index Only Scan") || s.heapFetches !== 0)).toEqual([]);
  });

  it("is what the migration's backfill makes of the month rollups", async () => {
    const statements = await backfillStatements("report_place_years");
    expect(statements).toHaveLength(1);
    const written = await replayBackfill({
      statements,
      companyId: world.agent.companyId,
      from: ["ReportProductMonth"],
      into: ["ReportProductPlaceYear"],
    });
    const filled = placeYearsOf((written.ReportProductPlaceYear ?? []) as TPlaceYearRow[]);
    expect(Object.keys(filled).length).toBeGreaterThan(100);
    expect(differences(filled, await storedPlaceYears())).toEqual([]);
  });

  it("follows a corrected line, a withdrawn line and a showroom's document moved into the next month", async () => {
    const invoices = await world.sandbox.db
      .selectFrom("dok__Dokument")
      .select(["dok_Id", "dok_DataWyst"])
      .where("dok_Typ", "in", [2, 21])
      .where("dok_MagId", "in", SHOWROOMS)
      .orderBy("dok_Id") // the first ones: not those given an order key (the last ones)
      .limit(40)
      .execute();
    const { moved, nextMonth } = await editSalesInErp(world.sandbox.db, invoices);
    const before = await storedPlaceYears();
    await resyncDocuments();
    const documents = await rawWithShowrooms();
    expect(documents.find((d) => d.id === moved.dok_Id)?.day).toBe(formatDay(nextMonth));
    expect(differences(await storedPlaceYears(), before).length).toBeGreaterThan(0);
    await expectPlaceYearsEqualRaw();
    await expectReportsEqualRaw();
  }, 90_000);
});
