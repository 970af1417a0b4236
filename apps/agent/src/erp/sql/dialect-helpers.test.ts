import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { assertTsql } from "./assert-tsql.ts";
import { createDialectHelpers } from "./dialect-helpers.ts";
import type { TTestDb } from "./test-schema.ts";
import { createTsqlBuilder } from "./tsql-builder.ts";

const tsql = createTsqlBuilder<TTestDb>();
const ms = createDialectHelpers({ dialect: "mssql" });
const pgsql = new Kysely<TTestDb>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const pg = createDialectHelpers({ dialect: "postgres" });

describe("dialect helpers on SQL Server", () => {
  const towary = tsql.selectFrom("tw__Towar").select(["tw_Id", "tw_Symbol"]);

  it.each([
    [
      "page() after a cursor: TOP with ORDER BY",
      ms.page(towary, { orderBy: "tw_Id", after: 42, size: 100 }),
      'select top(100) "tw_Id", "tw_Symbol" from "tw__Towar" where "tw_Id" > @1 order by "tw_Id"',
    ],
    [
      "page() from the start",
      ms.page(towary, { orderBy: "tw_Id", size: 2 }),
      'select top(2) "tw_Id", "tw_Symbol" from "tw__Towar" order by "tw_Id"',
    ],
    [
      "offsetPage(): OFFSET .. ROWS FETCH NEXT .. ROWS ONLY after its ORDER BY",
      ms.offsetPage(towary, { orderBy: "tw_Symbol", offset: 20, size: 10 }),
      'select "tw_Id", "tw_Symbol" from "tw__Towar" order by "tw_Symbol" offset @1 rows fetch next @2 rows only',
    ],
    ["top()", ms.top(towary, { size: 5 }), 'select top(5) "tw_Id", "tw_Symbol" from "tw__Towar"'],
    [
      "lockForUpdate(): an UPDLOCK, ROWLOCK table hint, alias kept",
      ms.lockForUpdate(
        tsql.selectFrom("tw_Stan as s").select("s.st_Stan").where("s.st_TowId", "=", 7).where("s.st_MagId", "=", 1),
      ),
      'select "s"."st_Stan" from "tw_Stan" as "s" with (updlock, rowlock) where "s"."st_TowId" = @1 and "s"."st_MagId" = @2',
    ],
    [
      "returning() on insert: OUTPUT INSERTED before VALUES",
      ms.returning(tsql.insertInto("tw__Towar").values({ tw_Id: 1, tw_Symbol: "A" }), ["tw_Id", "tw_Symbol"]),
      'insert into "tw__Towar" ("tw_Id", "tw_Symbol") output "inserted"."tw_Id", "inserted"."tw_Symbol" values (@1, @2)',
    ],
    [
      "returning() on update: the new values",
      ms.returning(tsql.updateTable("tw__Towar").set({ tw_Nazwa: "B" }).where("tw_Id", "=", 1), ["tw_Nazwa"]),
      'update "tw__Towar" set "tw_Nazwa" = @1 output "inserted"."tw_Nazwa" where "tw_Id" = @2',
    ],
    [
      "now(), bit() and concat() in a select list",
      tsql
        .selectFrom("tw__Towar")
        .select([
          ms.now().as("at"),
          ms.bit(true).as("yes"),
          ms.bit(false).as("no"),
          ms.concat([sql.ref("tw_Symbol"), sql.lit(" - "), sql.ref("tw_Nazwa")]).as("label"),
        ]),
      `select current_timestamp as "at", cast(1 as bit) as "yes", cast(0 as bit) as "no", ("tw_Symbol" + ' - ' + "tw_Nazwa") as "label" from "tw__Towar"`,
    ],
  ])("%s", (_, query, expected) => {
    expect(assertTsql(query).sql).toBe(expected);
  });

  it("types returning() rows like Kysely's returning()", async () => {
    const query = ms.returning(tsql.insertInto("tw__Towar").values({ tw_Id: 1, tw_Symbol: "A" }), ["tw_Id"]);
    const row: { tw_Id: number } | undefined = await query.executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it("refuses a page size or offset that is not a positive whole number", () => {
    expect(() => ms.page(towary, { orderBy: "tw_Id", size: 0 })).toThrow("size must be a whole number >= 1, got 0");
    expect(() => ms.offsetPage(towary, { orderBy: "tw_Id", offset: -1, size: 5 })).toThrow("offset must be");
    expect(() => ms.top(towary, { size: 1.5 })).toThrow("size must be");
  });
});

describe("dialect helpers on PostgreSQL", () => {
  const towary = pgsql.selectFrom("tw__Towar").select(["tw_Id", "tw_Symbol"]);

  it.each([
    [
      "page()",
      pg.page(towary, { orderBy: "tw_Id", after: 42, size: 100 }),
      'select "tw_Id", "tw_Symbol" from "tw__Towar" where "tw_Id" > $1 order by "tw_Id" limit $2',
    ],
    [
      "offsetPage()",
      pg.offsetPage(towary, { orderBy: "tw_Symbol", offset: 20, size: 10 }),
      'select "tw_Id", "tw_Symbol" from "tw__Towar" order by "tw_Symbol" limit $1 offset $2',
    ],
    ["top()", pg.top(towary, { size: 5 }), 'select "tw_Id", "tw_Symbol" from "tw__Towar" limit $1'],
    [
      "lockForUpdate()",
      pg.lockForUpdate(pgsql.selectFrom("tw_Stan").select("st_Stan").where("st_TowId", "=", 7)),
      'select "st_Stan" from "tw_Stan" where "st_TowId" = $1 for update',
    ],
    [
      "returning() on insert",
      pg.returning(pgsql.insertInto("tw__Towar").values({ tw_Id: 1, tw_Symbol: "A" }), ["tw_Id"]),
      'insert into "tw__Towar" ("tw_Id", "tw_Symbol") values ($1, $2) returning "tw_Id"',
    ],
    [
      "returning() on update",
      pg.returning(pgsql.updateTable("tw__Towar").set({ tw_Nazwa: "B" }).where("tw_Id", "=", 1), ["tw_Nazwa"]),
      'update "tw__Towar" set "tw_Nazwa" = $1 where "tw_Id" = $2 returning "tw_Nazwa"',
    ],
    [
      "now(), bit() and concat()",
      pgsql
        .selectFrom("tw__Towar")
        .select([
          pg.now().as("at"),
          pg.bit(true).as("yes"),
          pg.concat([sql.ref("tw_Symbol"), sql.ref("tw_Nazwa")]).as("label"),
        ]),
      'select current_timestamp as "at", true as "yes", ("tw_Symbol" || "tw_Nazwa") as "label" from "tw__Towar"',
    ],
  ])("%s", (_, query, expected) => {
    expect(query.compile().sql).toBe(expected);
  });
});
