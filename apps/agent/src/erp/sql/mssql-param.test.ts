import mssql from "mssql";
import { sql, type Expression } from "kysely";
import { describe, expect, it } from "vitest";
import { toMssqlParam } from "./mssql-param.ts";
import { decimal, nvarchar, varchar } from "./sql-params.ts";
import { createTsqlBuilder } from "./tsql-builder.ts";

/** The parameter a helper such as nvarchar() puts into a query, as the driver would receive it. */
function parameterOf(expression: Expression<unknown>): unknown {
  const compiled = sql`select ${expression}`.compile(createTsqlBuilder());
  expect(compiled.sql).toBe("select @1");
  return compiled.parameters[0];
}

describe("toMssqlParam", () => {
  it.each([
    ["a string as varchar(8000), matching Subiekt's varchar columns", "ZK 12/2026", mssql.VarChar(8000)],
    ["a long string as varchar(max)", "x".repeat(8001), mssql.VarChar(mssql.MAX)],
    ["an int32 integer as int", 2_147_483_647, mssql.Int()],
    ["a larger safe integer as bigint", 2_147_483_648, mssql.BigInt()],
    ["a bigint as bigint", 9_007_199_254_740_993n, mssql.BigInt()],
    ["a fraction as decimal(19,4), the money scale", 12.5, mssql.Decimal(19, 4)],
    ["a boolean as bit", true, mssql.Bit()],
    ["a Date as datetime, Subiekt's timestamp type", new Date("2026-07-01T10:00:00Z"), mssql.DateTime()],
    ["a Buffer as varbinary(8000)", Buffer.from([1, 2, 3]), mssql.VarBinary(8000)],
  ])("sends %s", (_, value, type) => {
    expect(toMssqlParam(value)).toEqual({ type, value });
  });

  it("sends null and undefined as a typed varchar null", () => {
    expect(toMssqlParam(null)).toEqual({ type: mssql.VarChar(8000), value: null });
    expect(toMssqlParam(undefined)).toEqual({ type: mssql.VarChar(8000), value: null });
  });

  it("lets a query override the type: nvarchar, varchar of a length, decimal of a scale", () => {
    expect(toMssqlParam(parameterOf(nvarchar("Zażółć €")))).toEqual({
      type: mssql.NVarChar(4000),
      value: "Zażółć €",
    });
    expect(toMssqlParam(parameterOf(nvarchar("x".repeat(4001))))).toMatchObject({ type: mssql.NVarChar(mssql.MAX) });
    expect(toMssqlParam(parameterOf(varchar("ZK", { length: 30 })))).toEqual({ type: mssql.VarChar(30), value: "ZK" });
    expect(toMssqlParam(parameterOf(decimal(0.123456, { precision: 28, scale: 6 })))).toEqual({
      type: mssql.Decimal(28, 6),
      value: 0.123456,
    });
  });

  it.each([
    ["NaN", Number.NaN, "not a finite number"],
    ["an integer beyond 2^53", 2 ** 60, "pass a bigint"],
    ["a bigint beyond 64 bits", 2n ** 63n, "outside BIGINT"],
    ["an invalid Date", new Date("nope"), "invalid Date"],
    ["an object", { a: 1 }, "Unsupported SQL parameter of type Object"],
    ["an array", [1, 2], "Unsupported SQL parameter of type Array"],
  ])("refuses %s rather than guessing", (_, value, message) => {
    expect(() => toMssqlParam(value)).toThrow(message);
  });
});
