import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { firstCustomerQuery, firstProductQuery } from "./sample-symbols.ts";

const ctx = { db: createTsqlBuilder<TSubiektDatabase>(), h: createDialectHelpers({ dialect: "mssql" }) };

describe("sfera-check's sample compiles to T-SQL", () => {
  it("takes the first goods product not deleted", () => {
    const compiled = assertTsql(firstProductQuery(ctx));
    expect(compiled.sql).toBe(
      'select top(1) "tw_Symbol" from "tw__Towar" where "tw_Rodzaj" = @1 and "tw_Usuniety" = @2 order by "tw_Id"',
    );
    expect(compiled.parameters).toEqual([1, false]);
  });

  it("takes the first customer", () => {
    expect(assertTsql(firstCustomerQuery(ctx)).sql).toBe(
      'select top(1) "kh_Symbol" from "kh__Kontrahent" order by "kh_Id"',
    );
  });
});
