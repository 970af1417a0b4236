import { describe, expect, it } from "vitest";
import { assertTsql } from "../../sql/assert-tsql.ts";
import { adminQuery, permissionQuery } from "./check-permissions.ts";
import { proceduresQuery } from "./check-procedures.ts";
import { requiredColumnsQuery } from "./check-required-columns.ts";
import { schemaColumnsQuery } from "./check-schema.ts";
import { serverQuery } from "./check-server.ts";
import { triggersQuery } from "./check-triggers-numbering.ts";

/** Every catalogue query the doctor and its fingerprint run on SQL Server (the sandbox runs the others). */
describe("the doctor's catalogue queries compile to T-SQL", () => {
  const queries = {
    "server version and collation": serverQuery("mssql"),
    "the connector's tables and columns": schemaColumnsQuery(),
    "NOT NULL columns without a default": requiredColumnsQuery("mssql"),
    "triggers on the written tables": triggersQuery("mssql"),
    "stored procedures and their parameters": proceduresQuery("mssql"),
    "a permission on a table": permissionQuery({ dialect: "mssql", table: "dok__Dokument", permission: "INSERT" }),
    "an administrator login": adminQuery("mssql"),
  };
  for (const [name, query] of Object.entries(queries)) {
    it(`reads ${name}`, () => {
      expect(() => assertTsql(query)).not.toThrow();
    });
  }

  it("reads procedures from SQL Server's catalogue, not PostgreSQL's", () => {
    const { sql } = assertTsql(proceduresQuery("mssql"));
    expect(sql).toMatch(/from sys\.procedures p .*left join sys\.parameters pa/s);
    expect(sql).not.toMatch(/pg_proc/);
  });
});
