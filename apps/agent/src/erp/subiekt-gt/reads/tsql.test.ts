import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { queryLatestMark } from "./change-marks.ts";
import { encodeCursor } from "./cursor-codec.ts";
import {
  queryCommercialLines,
  queryDocumentStatuses,
  queryDocumentsById,
  queryNewDocuments,
  queryWarehouseLines,
} from "./query-documents.ts";
import { queryPriceChanges, queryPriceScan, queryPricesOf } from "./query-prices.ts";
import {
  queryBarcodes,
  queryProductChanges,
  queryProductsByCode,
  queryProductScan,
  queryProductSearch,
} from "./query-products.ts";
import { queryCustomers } from "./read-customers.ts";
import {
  queryGroupCustomers,
  queryGroupProducts,
  queryListedCustomers,
  queryListedProducts,
  queryPromotions,
} from "./query-promotions.ts";
import { querySettlementTotals } from "./query-settlement-totals.ts";
import { queryDocumentSettlements } from "./query-document-settlements.ts";
import { queryPriceLevels } from "./read-price-levels.ts";
import { queryStock, queryStockOf } from "./read-stock.ts";
import { queryUnits } from "./read-units.ts";
import { queryVatRates } from "./read-vat-rates.ts";
import { queryWarehouses } from "./read-warehouses.ts";

const db = createTsqlBuilder<TSubiektDatabase>();
const helpers = createDialectHelpers({ dialect: "mssql" });
const base = { db, helpers, pageSize: 500 };
const mark = { at: "2026-03-01T10:00:00.000Z", productId: 7, nr: 2 };
const after = (kind: string) => encodeCursor({ kind, state: { afterId: 41 } });
const ids = [1, 2, 3];
const codes = ["ABC-000001", "5901234123457"];

describe("every Subiekt GT read compiles to T-SQL", () => {
  it.each([
    ["warehouses", queryWarehouses({ ...base, cursor: after("warehouses") })],
    ["VAT rates", queryVatRates(base)],
    ["units", queryUnits({ ...base, cursor: after("units") })],
    ["price levels", queryPriceLevels(base)],
    ["latest change mark", queryLatestMark(base)],
    ["product scan from the start", queryProductScan({ ...base, afterId: null, size: 500 })],
    ["product scan after an id", queryProductScan({ ...base, afterId: 41, size: 500 })],
    ["product changes, all markers", queryProductChanges({ ...base, mark: null, size: 500 })],
    ["product changes after a mark", queryProductChanges({ ...base, mark, size: 500 })],
    ["barcodes", queryBarcodes({ ...base, productIds: ids })],
    ["price scan", queryPriceScan({ ...base, afterId: 41, size: 500 })],
    ["price changes", queryPriceChanges({ ...base, mark, size: 500 })],
    ["stock", queryStock({ ...base, fromProductId: 64 })],
    ["products by SKU", queryProductsByCode({ ...base, by: "sku", codes, size: 100 })],
    ["products by EAN or extra barcode", queryProductsByCode({ ...base, by: "ean", codes, size: 100 })],
    ["product search", queryProductSearch({ ...base, text: "kub", warehouseIds: ids, size: 20 })],
    ["product suggestions in stock", queryProductSearch({ ...base, text: "", warehouseIds: ids, size: 20 })],
    ["product suggestions, any warehouse", queryProductSearch({ ...base, text: "", warehouseIds: [], size: 20 })],
    ["prices of some products", queryPricesOf({ ...base, productIds: ids })],
    ["stock of some products", queryStockOf({ ...base, productIds: ids })],
    ["customers", queryCustomers({ ...base, cursor: after("customers") })],
    ["promotions", queryPromotions({ ...base, afterId: 41 })],
    ["goods of promotions", queryListedProducts(db, ids)],
    ["goods of product groups", queryGroupProducts(db, ids)],
    ["customers of promotions", queryListedCustomers(db, ids)],
    ["customers of customer groups", queryGroupCustomers(db, ids)],
    ["settlement totals", querySettlementTotals({ db, customerIds: ids, today: new Date("2026-03-15T00:00:00Z") })],
    ["new documents", queryNewDocuments({ ...base, afterId: 41, size: 500 })],
    ["documents by id", queryDocumentsById({ ...base, ids })],
    ["document statuses", queryDocumentStatuses({ ...base, ids })],
    ["commercial lines", queryCommercialLines({ ...base, ids })],
    ["warehouse lines", queryWarehouseLines({ ...base, ids })],
    ["settlements of documents", queryDocumentSettlements({ db, documentIds: ids })],
  ])("%s", (_, query) => {
    expect(assertTsql(query).sql).toMatch(/^select /);
  });

  it("bounds pages with TOP and orders them by their key", () => {
    expect(assertTsql(queryProductScan({ ...base, afterId: 41, size: 500 })).sql).toMatch(
      /^select top\(500\) .* where "tw__Towar"\."tw_Id" > @1 order by "tw__Towar"\."tw_Id"$/,
    );
    expect(assertTsql(queryProductChanges({ ...base, mark, size: 500 })).sql).toMatch(
      /^select top\(500\) .* order by "tw_ZmianaTw"\."twz_CzasModyf", "tw_ZmianaTw"\."twz_TowarId", "tw_ZmianaTw"\."twz_NrZmiany"$/,
    );
    expect(assertTsql(queryStock({ ...base, fromProductId: 64 })).sql).toMatch(
      /^select top\(500\) .* order by "st_TowId", "st_MagId"$/,
    );
  });

  it("looks products up by main EAN or extra barcode, under TOP, with one parameter per code and column", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `EAN-${i}`);
    const byEan = assertTsql(queryProductsByCode({ ...base, by: "ean", codes: twenty, size: 100 }));
    expect(byEan.sql).toMatch(
      /^select top\(100\) .* where \("tw__Towar"\."tw_PodstKodKresk" in \(@1, .*\) or "tw__Towar"\."tw_Id" in \(select "tw_KodKreskowy"\."kk_IdTowar" from "tw_KodKreskowy" where "tw_KodKreskowy"\."kk_Kod" in \(@21, .*\)\)\) order by "tw__Towar"\."tw_Id"$/,
    );
    expect(byEan.parameters).toEqual([...twenty, ...twenty]);
  });

  it("sums a page's open settlements per customer, overdue ones by a due date before the given day", () => {
    const today = new Date("2026-03-15T00:00:00Z");
    const totals = assertTsql(querySettlementTotals({ db, customerIds: ids, today }));
    expect(totals.sql).toMatch(
      /^select "nzf_IdObiektu", sum\(case when "nzf_Typ" = @\d+ then "nzf_Wartosc" else -"nzf_Wartosc" end\) as "balance", .* from "nz__Finanse" where "nzf_TypObiektu" = @\d+ and "nzf_IdObiektu" in \(@\d+, @\d+, @\d+\) and "nzf_Typ" in \(@\d+, @\d+\) and "nzf_Wartosc" <> @\d+ group by "nzf_IdObiektu"$/,
    );
    expect(totals.sql).toMatch(
      /min\(case when \("nzf_Typ" = @\d+ and "nzf_TerminPlatnosci" < @\d+\) then "nzf_TerminPlatnosci" end\)/,
    );
    expect(totals.parameters).toContain(today);
  });

  it("searches goods with LIKE (no ILIKE), wildcards in the text escaped, under TOP, by symbol", () => {
    const search = assertTsql(queryProductSearch({ ...base, text: "50%_[a]\\", warehouseIds: [], size: 20 }));
    expect(search.sql).toMatch(
      /^select top\(20\) .* where "tw__Towar"\."tw_Rodzaj" = @1 and "tw__Towar"\."tw_Usuniety" = @2 and "tw__Towar"\."tw_Zablokowany" = @3 and \("tw__Towar"\."tw_Symbol" like @4 escape '\\' or "tw__Towar"\."tw_Nazwa" like @5 escape '\\' or "tw__Towar"\."tw_PodstKodKresk" like @6 escape '\\' or "tw__Towar"\."tw_Id" in \(select "tw_KodKreskowy"\."kk_IdTowar" from "tw_KodKreskowy" where "tw_KodKreskowy"\."kk_Kod" like @7 escape '\\'\)\) order by "tw__Towar"\."tw_Symbol", "tw__Towar"\."tw_Id"$/,
    );
    expect(search.parameters.slice(3)).toEqual(Array.from({ length: 4 }, () => "%50\\%\\_\\[a]\\\\%"));
  });
});
