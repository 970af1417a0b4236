import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { assertTsql } from "./assert-tsql.ts";
import type { TTestDb } from "./test-schema.ts";
import { createTsqlBuilder } from "./tsql-builder.ts";

const db = createTsqlBuilder<TTestDb>();
const towary = db.selectFrom("tw__Towar").select(["tw_Id", "tw_Symbol"]);

describe("assertTsql", () => {
  it("passes T-SQL and returns it compiled, with @n placeholders and double-quoted identifiers", () => {
    const compiled = assertTsql(towary.where("tw_Symbol", "=", "ABC").orderBy("tw_Id").offset(0).fetch(10));
    expect(compiled.sql).toBe(
      'select "tw_Id", "tw_Symbol" from "tw__Towar" where "tw_Symbol" = @1 order by "tw_Id" offset @2 rows fetch next @3 rows only',
    );
    expect(compiled.parameters).toEqual(["ABC", 0, 10]);
  });

  it.each([
    ["LIMIT", towary.limit(10), "LIMIT: use the page()/top() helpers"],
    [
      "RETURNING",
      db.insertInto("tw__Towar").values({ tw_Id: 1, tw_Symbol: "A" }).returning("tw_Id"),
      "RETURNING: use the returning()",
    ],
    ["FOR UPDATE", towary.forUpdate(), "FOR UPDATE/SHARE: use lockForUpdate()"],
    ["FOR NO KEY UPDATE", towary.forNoKeyUpdate(), "FOR UPDATE/SHARE"],
    ["$n placeholders", sql`select ${sql.raw("$1")}`, "$n placeholders"],
    ["a boolean literal", towary.where("tw_Usuniety", "=", sql.lit(false)), "true/false literals"],
    ["now()", db.selectFrom("tw__Towar").select(sql<Date>`now()`.as("t")), "now(): use CURRENT_TIMESTAMP"],
    ["ILIKE", towary.where("tw_Nazwa", "ilike", "%kawa%"), "ILIKE"],
    [":: casts", db.selectFrom("tw__Towar").select(sql<string>`tw_Id::text`.as("id")), ":: casts"],
    ["|| concatenation", db.selectFrom("tw__Towar").select(sql<string>`tw_Symbol || tw_Nazwa`.as("s")), "|| is not"],
    [
      "ON CONFLICT",
      db
        .insertInto("tw__Towar")
        .values({ tw_Id: 1, tw_Symbol: "A" })
        .onConflict((c) => c.doNothing()),
      "ON CONFLICT",
    ],
    ["DISTINCT ON", towary.distinctOn("tw_Symbol"), "DISTINCT ON"],
    ["NULLS FIRST", towary.orderBy("tw_Nazwa", (o) => o.asc().nullsFirst()), "NULLS FIRST/LAST"],
    ["OFFSET without ORDER BY", towary.offset(10).fetch(5), "OFFSET/FETCH without ORDER BY"],
    ["an empty IN list", towary.where("tw_Id", "in", []), "IN (): an empty list"],
  ])("catches %s, naming it", (_, query, problem) => {
    expect(() => assertTsql(query)).toThrow(problem);
  });

  it("lists every problem of a query at once", () => {
    expect(() => assertTsql(towary.where("tw_Nazwa", "ilike", "%a%").limit(1))).toThrow(
      /Not valid T-SQL \(LIMIT: .*; ILIKE: .*\):\nselect/,
    );
  });

  it("does not read string literals or quoted names as syntax", () => {
    const query = db
      .selectFrom("tw__Towar")
      .select([sql.lit("limit 1 returning true || now()").as("note"), sql.ref("tw_Nazwa").as("for update")])
      .where(sql.ref("tw_Symbol"), "=", sql.lit("it's $1::text"));
    expect(() => assertTsql(query)).not.toThrow();
  });
});
