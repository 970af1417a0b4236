import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { availableStockQuery, warehouseDictionaryQuery } from "./order-queries.ts";

const ctx = { tx: createTsqlBuilder<TSubiektDatabase>(), h: createDialectHelpers({ dialect: "mssql" }) };

describe("order write queries compile to T-SQL", () => {
  it("reads the warehouse dictionary", () => {
    expect(assertTsql(warehouseDictionaryQuery(ctx)).sql).toBe(
      'select "mag_Id", "mag_Symbol" from "sl_Magazyn" order by "mag_Id"',
    );
  });

  it("reads available stock with the rows locked by UPDLOCK in the global order", () => {
    const compiled = assertTsql(availableStockQuery(ctx, { productIds: [1, 2], warehouseIds: [3] }));
    expect(compiled.sql).toBe(
      'select "st_TowId", "st_MagId", "st_Stan" - "st_StanRez" as "available" from "tw_Stan" with (updlock, rowlock) where "st_TowId" in (@1, @2) and "st_MagId" in (@3) order by "st_TowId", "st_MagId"',
    );
  });
});
