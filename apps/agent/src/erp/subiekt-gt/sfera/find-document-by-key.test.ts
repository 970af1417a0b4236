import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";
import { createTsqlBuilder } from "../../sql/tsql-builder.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { documentByKeyQuery } from "./find-document-by-key.ts";

describe("the Sfera bridge's key check", () => {
  it("compiles to T-SQL: the first document of the types carrying the key", () => {
    const query = documentByKeyQuery({
      db: createTsqlBuilder<TSubiektDatabase>(),
      h: createDialectHelpers({ dialect: "mssql" }),
      lookup: { key: "o00000000000000000000000abc-s", types: ["FS", "PA"] },
    });
    const compiled = assertTsql(query);
    expect(compiled.sql).toBe(
      'select top(1) "dok_Id", "dok_NrPelny" from "dok__Dokument" where "dok_NrPelnyOryg" = @1 and "dok_Typ" in (@2, @3) order by "dok_Id"',
    );
    expect(compiled.parameters).toEqual(["o00000000000000000000000abc-s", 2, 21]);
  });
});
