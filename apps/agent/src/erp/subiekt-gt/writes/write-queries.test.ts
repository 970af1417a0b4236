import { describe, expect, it } from "vitest";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import type { Insertable } from "kysely";
import { SUBIEKT_TABLES, type TSubiektDatabase } from "../schema/database.ts";
import { allocateIdsQuery } from "./allocate-ids.ts";
import { findCustomerQuery } from "./create-customer.ts";
import { lineCountQuery } from "./id-needs.ts";
import { lastNumberQuery, lastReservedQuery, numberingSettingQuery } from "./next-number.ts";
import { customerLocks, DOCUMENTS_LOCK, documentKeyLock, writeLockQuery } from "./write-locks.ts";
import * as documents from "./document-queries.ts";
import * as inserts from "./insert-queries.ts";
import { documentHeaderQuery, documentLinesViewQuery, documentVatQuery } from "./read-document.ts";
import {
  customerQuery,
  latestSnapshotQuery,
  productsByIdQuery,
  productSkusQuery,
  productsQuery,
  warehouseCodeQuery,
  warehousesQuery,
} from "./resolve-queries.ts";
import { changeStockQuery, changeStocksQuery, insertStockQuery, stockQuery, stockRowsQuery } from "./stock-queries.ts";

const TSQL: TErpDialect = "mssql";
const ctx = {
  tx: createTsqlBuilder<TSubiektDatabase>(),
  h: createDialectHelpers({ dialect: "mssql" }),
  dialect: TSQL,
};
const date = new Date("2026-03-01T00:00:00Z");
const series = { type: "ZK" as const, date, warehouseId: 1, extension: "JK" };
const stock = { productId: 1, warehouseId: 1, onHand: -2, reserved: 2 };

/** A row with every column of the table set to a value of its declared SQL Server type. */
function sampleRow<T extends keyof TSubiektDatabase>(table: T): Insertable<TSubiektDatabase[T]> {
  const columns: Record<string, string> = SUBIEKT_TABLES[table].columns;
  const value = (type: string) =>
    type.startsWith("bit") ? true : type.startsWith("datetime") ? date : /char/.test(type) ? "x" : 1;
  // The spec and the row type are kept in step by the compiler (column-spec.ts); this builds from the spec.
  return Object.fromEntries(Object.entries(columns).map(([c, type]) => [c, value(type)])) as Insertable<
    TSubiektDatabase[T]
  >;
}

describe("Subiekt write queries compile to T-SQL", () => {
  it.each([
    ["find by key", documents.findDocumentQuery(ctx, { ref: { externalKey: "K" }, types: ["FS", "PA"] })],
    ["find by number", documents.findDocumentQuery(ctx, { ref: { number: "ZK 1/03/2026" }, types: ["ZK"] })],
    ["numbering", numberingSettingQuery(ctx, { type: "ZK" })],
    ["last number", lastNumberQuery(ctx, { ...series, scheme: { period: "year", warehouse: true, extension: true } })],
    [
      "last reserved",
      lastReservedQuery(ctx, { ...series, scheme: { period: "month", warehouse: false, extension: false } }),
    ],
    ["order lines", documents.documentLinesQuery(ctx, { documentId: 1 })],
    ["corrected", documents.correctedQuantityQuery(ctx, { lineIds: [1, 2] })],
    ["status", documents.setDocumentStatusQuery(ctx, { id: 1, status: 8 })],
    ["issued", documents.setLineIssuedQuery(ctx, { lineId: 1 })],
    ["line warehouse", documents.setLineWarehouseQuery(ctx, { lineId: 1, warehouseId: 2 })],
    ["stock", stockQuery(ctx, stock)],
    ["change stock", changeStockQuery(ctx, stock)],
    ["insert stock", insertStockQuery(ctx, stock)],
    ["stock rows", stockRowsQuery(ctx, [stock, { productId: 2, warehouseId: 1 }])],
    ["change stocks", changeStocksQuery(ctx, [stock, { ...stock, productId: 2 }])],
    ["products", productsQuery(ctx, { skus: ["A"], eans: [] })],
    ["products by id", productsByIdQuery(ctx, { ids: [1, 2] })],
    ["every product's SKU", productSkusQuery(ctx)],
    ["warehouses", warehousesQuery(ctx, { codes: ["MAG"] })],
    ["warehouse code", warehouseCodeQuery(ctx, { id: 1 })],
    ["customer", customerQuery(ctx, { symbol: "K" })],
    ["snapshot", latestSnapshotQuery(ctx, { addressId: 1 })],
    ["line count", lineCountQuery(ctx, { documentId: 1 })],
    ["customer by nip", findCustomerQuery(ctx, { nip: "1234563218", symbol: "K" })],
    ["customer by email", findCustomerQuery(ctx, { email: "a@b.pl", symbol: "K" })],
    ["customer by symbol", findCustomerQuery(ctx, { symbol: "K" })],
    ["header", documentHeaderQuery(ctx, { id: 1 })],
    ["lines", documentLinesViewQuery(ctx, { id: 1 })],
    ["vat", documentVatQuery(ctx, { id: 1 })],
    ["insert document", inserts.insertDocumentQuery(ctx, sampleRow("dok__Dokument"))],
    ["insert lines", inserts.insertLinesQuery(ctx, [sampleRow("dok_Pozycja"), sampleRow("dok_Pozycja")])],
    ["insert vat", inserts.insertVatQuery(ctx, [sampleRow("dok_Vat")])],
    ["insert snapshot", inserts.insertSnapshotQuery(ctx, sampleRow("adr_Historia"))],
    ["insert customer", inserts.insertCustomerQuery(ctx, sampleRow("kh__Kontrahent"))],
    ["insert address", inserts.insertAddressQuery(ctx, sampleRow("adr__Ewid"))],
    ["insert phone", inserts.insertPhoneQuery(ctx, sampleRow("tel__Ewid"))],
    ["insert e-mail", inserts.insertEmailQuery(ctx, sampleRow("adr_Email"))],
  ])("%s", (_name, query) => {
    expect(() => assertTsql(query)).not.toThrow();
  });

  it("calls spIdentyfikator with an OUTPUT parameter on SQL Server", () => {
    const compiled = assertTsql(allocateIdsQuery(ctx, { table: "dok__Dokument", count: 3 }));
    expect(compiled.sql).toMatch(/exec "spIdentyfikator" @1, @2, @wynik output/);
  });

  it("serialises writers with an application lock, never a lock on Subiekt's ins_ident", () => {
    const customer = customerLocks({ symbol: "kl-1", nip: "525-000-00-01", email: "Jan@Example.pl" });
    for (const lock of [DOCUMENTS_LOCK, documentKeyLock("zk-1"), ...customer]) {
      const compiled = assertTsql(writeLockQuery(ctx, lock));
      expect(compiled.sql).toMatch(
        /exec @granted = sp_getapplock @Resource = @1, @LockMode = 'Exclusive', @LockOwner = 'Transaction'/,
      );
      // A deadlock victim's refusal is thrown as one, so the write is retried (retry-deadlock.ts).
      expect(compiled.sql).toMatch(/if @granted = -3 throw 51205/);
      expect(compiled.sql).not.toMatch(/ins_ident/);
      expect(compiled.parameters).toEqual([`erp-bridge:${lock}`]);
    }
    // Named as the database compares them, in one order for every writer.
    expect(documentKeyLock("zk-1")).toBe("key:ZK-1");
    expect(customer).toEqual(["customer:email:jan@example.pl", "customer:nip:5250000001", "customer:symbol:KL-1"]);
  });
});
