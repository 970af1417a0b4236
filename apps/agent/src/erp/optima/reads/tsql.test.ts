import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import { encodeCursor } from "../../subiekt-gt/reads/cursor-codec.ts";
import type { TOptimaDatabase } from "../schema/optima-tables.ts";
import { queryCustomers } from "./read-customers.ts";
import { queryPriceLevels, queryUnits, queryVatRates, queryWarehouses } from "./read-dictionaries.ts";
import {
  queryDocumentChanges,
  queryDocumentLines,
  queryDocumentScan,
  queryLatestDocumentMark,
} from "./read-documents.ts";
import {
  queryBarcodes,
  queryGroups,
  queryLatestProductMark,
  queryPricesOf,
  queryProductChanges,
  queryProductScan,
} from "./query-products.ts";
import { querySettlementTotals } from "./query-settlement-totals.ts";
import { queryStock } from "./read-stock.ts";

const db = createTsqlBuilder<TOptimaDatabase>();
const helpers = createDialectHelpers({ dialect: "mssql" });
const base = { db, helpers, pageSize: 500 };
const mark = { at: "2026-03-01T10:00:00.000Z", id: 7 };
const after = (kind: string) => encodeCursor({ kind, state: { afterId: 41 } });
const ids = [1, 2, 3];
const tomorrow = new Date("2026-03-16T00:00:00Z");

describe("every Comarch ERP Optima read compiles to T-SQL", () => {
  it.each([
    ["warehouses", queryWarehouses({ ...base, cursor: after("optima-warehouses") })],
    ["units", queryUnits({ ...base, cursor: after("optima-units") })],
    ["price levels", queryPriceLevels(base)],
    ["VAT rates", queryVatRates(base)],
    ["latest product mark", queryLatestProductMark(base)],
    ["product scan from the start", queryProductScan({ ...base, afterId: null, size: 500 })],
    ["product scan after an id", queryProductScan({ ...base, afterId: 41, size: 500 })],
    ["product changes, from nothing", queryProductChanges({ ...base, mark: null, size: 500 })],
    ["product changes after a mark", queryProductChanges({ ...base, mark, size: 500 })],
    ["barcodes", queryBarcodes({ db, productIds: ids })],
    ["groups", queryGroups({ db })],
    ["prices of some products", queryPricesOf({ db, productIds: ids })],
    ["stock as of today", queryStock({ ...base, fromProductId: 64, tomorrow })],
    ["customers", queryCustomers({ ...base, cursor: after("optima-customers") })],
    ["customers' settlement totals", querySettlementTotals({ db, customerIds: ids, today: tomorrow })],
    ["latest document mark", queryLatestDocumentMark(base)],
    ["document scan", queryDocumentScan({ ...base, afterId: 41, size: 500 })],
    ["document changes", queryDocumentChanges({ ...base, mark, size: 500 })],
    ["document lines", queryDocumentLines({ db, ids })],
  ])("%s", (_, query) => {
    expect(assertTsql(query).sql).toMatch(/^select /);
  });

  it("names Optima's tables in the CDN schema and pages under TOP in key order", () => {
    expect(assertTsql(queryProductScan({ ...base, afterId: 41, size: 500 })).sql).toMatch(
      /^select top\(500\) .* from "CDN"\."Towary" where "Twr_TwrId" > @1 order by "Twr_TwrId"$/,
    );
    expect(assertTsql(queryProductChanges({ ...base, mark, size: 500 })).sql).toMatch(
      /^select top\(500\) .* where \("Twr_TS_Mod" > @1 or \("Twr_TS_Mod" = @2 and "Twr_TwrId" > @3\)\) order by "Twr_TS_Mod", "Twr_TwrId"$/,
    );
  });

  it("takes per product and warehouse the latest stock row dated before tomorrow, skipping the company-wide rows", () => {
    const stock = assertTsql(queryStock({ ...base, fromProductId: 64, tomorrow }));
    expect(stock.sql).toMatch(
      /^select top\(500\) .* from \(select .*row_number\(\) over \(partition by "TwI_TwrId", "TwI_MagId" order by "TwI_Data" desc, "TwI_TwIId" desc\) as "latest" from "CDN"\."TwrIlosci" where "TwI_MagId" is not null and "TwI_Data" < @1 and "TwI_TwrId" >= @2\) as "series" where "latest" = @3 order by "TwI_TwrId", "TwI_MagId"$/,
    );
    expect(stock.parameters).toEqual([tomorrow, 64, 1]);
  });

  it("sums customers' approved open settlements, signed by direction, overdue only for income past its due day", () => {
    const totals = assertTsql(querySettlementTotals({ db, customerIds: ids, today: tomorrow }));
    expect(totals.sql).toBe(
      'select "BZd_PodmiotID", sum("BZd_Kierunek" * ("BZd_KwotaSys" - "BZd_KwotaRozSys")) as "balance", ' +
        'sum(case when ("BZd_Kierunek" = @1 and "BZd_Termin" < @2) then ("BZd_KwotaSys" - "BZd_KwotaRozSys") else 0 end) as "overdue", ' +
        'min(case when ("BZd_Kierunek" = @3 and "BZd_Termin" < @4) then "BZd_Termin" end) as "oldestOverdueDue" ' +
        'from "CDN"."BnkZdarzenia" where "BZd_PodmiotTyp" = @5 and "BZd_PodmiotID" in (@6, @7, @8) and "BZd_Stan" > @9 ' +
        'and "BZd_KwotaSys" <> "BZd_KwotaRozSys" group by "BZd_PodmiotID"',
    );
    expect(totals.parameters).toEqual([1, tomorrow, 1, tomorrow, 1, 1, 2, 3, 0]);
  });

  it("reads only the document types the reports use", () => {
    expect(assertTsql(queryDocumentScan({ ...base, afterId: null, size: 10 })).parameters).toEqual([
      302, 305, 306, 308, 312,
    ]);
  });
});
