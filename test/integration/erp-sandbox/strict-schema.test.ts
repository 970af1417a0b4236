import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxSchema } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-schema.ts";
import { openSandbox } from "../../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { SUBIEKT_TABLES, type TSubiektDatabase } from "../../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { COLUMN_FACTS, type TColumnFact } from "../../../apps/agent/src/erp/subiekt-gt/schema/facts/column-facts.ts";
import { createTestDatabase } from "../../support/test-database.ts";

let db: Kysely<TSubiektDatabase>;
let drop: () => Promise<void>;
beforeAll(async () => {
  const database = await createTestDatabase("erp_strict");
  db = openSandbox({ url: database.url });
  drop = async () => {
    await db.destroy();
    await database.drop();
  };
  await createSandboxSchema({ db });
});
afterAll(async () => drop?.());

type TCatalogColumn = {
  table_name: string;
  column_name: string;
  udt_name: string;
  is_nullable: string;
  column_default: string | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  character_maximum_length: number | null;
  is_generated: string;
  is_identity: string;
};

/** What the facts say a column is, in PostgreSQL's catalogue terms; written out here, apart from the mapping code. */
function expectedOf(fact: TColumnFact) {
  const length = /\((\d+|max)\)$/.exec(fact.type)?.[1];
  const family = fact.type.replace(/\(.*\)$/, "");
  const udt: Record<string, string> = {
    int: "int4",
    smallint: "int2",
    tinyint: "int2",
    bit: "bool",
    money: "numeric",
    datetime: "timestamp",
    uniqueidentifier: "uuid",
    varchar: "citext",
    nvarchar: "citext",
    text: "citext",
    ntext: "citext",
    char: "bpchar",
    nchar: "bpchar",
    image: "bytea",
    binary: "bytea",
    varbinary: "bytea",
  };
  return {
    udt: udt[family],
    nullable: fact.nullable,
    // A computed column has no length of its own on SQL Server ("the type shown is the model mapping").
    maxLength:
      (family === "varchar" || family === "nvarchar") && length !== "max" && fact.computed === null
        ? Number(length)
        : null,
    charLength: family === "char" || family === "nchar" ? Number(length) : null,
    hasDefault: fact.default !== null && fact.default !== "(NULL)",
    generated: fact.computed !== null,
    identity: fact.identity,
  };
}

describe("the strict sandbox", () => {
  it("has every table the connector uses with every column of the facts, column by column", async () => {
    const tables = Object.keys(SUBIEKT_TABLES);
    const { rows } = await sql<TCatalogColumn>`
      select table_name, column_name, udt_name, is_nullable, column_default, numeric_precision, numeric_scale,
             character_maximum_length, is_generated, is_identity
      from information_schema.columns where table_schema = 'public'`.execute(db);
    const checks = await sql<{ name: string; table_name: string }>`
      select conname as name, conrelid::regclass::text as table_name from pg_constraint where contype = 'c'`.execute(
      db,
    );
    const facts = COLUMN_FACTS.filter((fact) => tables.includes(fact.table));
    expect(new Set(facts.map((fact) => fact.table)).size).toBeGreaterThanOrEqual(tables.length - 1);
    for (const fact of facts) {
      const column = rows.find((row) => row.table_name === fact.table && row.column_name === fact.column);
      const where = `${fact.table}.${fact.column} (${fact.type})`;
      expect(column, where).toBeDefined();
      if (!column) continue;
      const expected = expectedOf(fact);
      const lengthCheck = checks.rows.find(
        (check) =>
          check.table_name.replaceAll('"', "") === fact.table &&
          check.name === `${fact.column} varchar(${expected.maxLength})`,
      );
      expect(
        {
          udt: column.udt_name,
          nullable: column.is_nullable === "YES",
          maxLength: lengthCheck ? expected.maxLength : null,
          charLength: column.character_maximum_length,
          hasDefault: column.column_default !== null && !expected.identity,
          generated: column.is_generated === "ALWAYS",
          identity: column.is_identity === "YES",
          ...(fact.type === "money" && { scale: column.numeric_scale }),
        },
        where,
      ).toEqual({ ...expected, ...(fact.type === "money" && { scale: 4 }) });
    }
    // Nothing the facts do not list (sl_Rabat, absent from the facts, keeps the connector's spec).
    const extra = rows.filter(
      (row) =>
        row.table_name !== "sl_Rabat" &&
        !COLUMN_FACTS.some((fact) => fact.table === row.table_name && fact.column === row.column_name),
    );
    expect(extra.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([]);
  });

  it("gives NOT NULL int/bit/money columns without a stated default no default: an insert omitting one fails", async () => {
    const insert = sql`insert into "sl_StawkaVAT" ("vat_Id", "vat_Stawka") values (1, 23)`.execute(db);
    await expect(insert).rejects.toThrow(/null value in column "vat_CzySystemowa"/);
  });

  it("keeps stated defaults: '' on text, 'PLN' on currencies, 1 on flags", async () => {
    const { rows } = await sql<{ column_name: string; column_default: string }>`
      select column_name, column_default from information_schema.columns
      where (table_name, column_name) in (('kh__Kontrahent', 'kh_EMail'), ('tw_Cena', 'tc_IdWaluta3'), ('sl_Magazyn', 'mag_Status'))
      order by column_name`.execute(db);
    expect(rows.map((row) => [row.column_name, row.column_default])).toEqual([
      ["kh_EMail", "''::citext"],
      ["mag_Status", "1"],
      ["tc_IdWaluta3", "'PLN'::bpchar"],
    ]);
  });

  it("refuses text longer than its varchar, naming the column and its length", async () => {
    const insert = sql`insert into "sl_Magazyn" ("mag_Id", "mag_Symbol", "mag_Glowny", "mag_POS") values (1, 'MAGX', true, false)`;
    await expect(insert.execute(db)).rejects.toThrow(/check constraint "mag_Symbol varchar\(3\)"/);
  });

  it("computes adr_Adres, refuses a value for it, and compares text case-insensitively like Polish_CI_AS", async () => {
    await sql`insert into "adr__Ewid" ("adr_Id", "adr_IdObiektu", "adr_TypAdresu", "adr_Ulica", "adr_NrDomu", "adr_NrLokalu", "adr_NIP")
      values (1, 1, 1, 'Długa', '5', '2', '526-025-09-95')`.execute(db);
    const found = await db
      .selectFrom("adr__Ewid")
      .select(sql<string>`"adr_Adres"`.as("address"))
      .where("adr_Ulica", "=", "DŁUGA")
      .executeTakeFirst();
    expect(found?.address).toBe("Długa 5/2");
    const given = sql`insert into "adr__Ewid" ("adr_Id", "adr_IdObiektu", "adr_TypAdresu", "adr_Adres") values (2, 2, 1, 'x')`;
    await expect(given.execute(db)).rejects.toThrow(/non-DEFAULT value into column "adr_Adres"/);
  });
});
