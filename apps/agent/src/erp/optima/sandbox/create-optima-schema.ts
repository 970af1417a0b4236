import { sql, type Kysely } from "kysely";
import { postgresType } from "../../subiekt-gt/sandbox/postgres-type.ts";
import { OPTIMA_TABLES, type TOptimaDatabase } from "../schema/optima-tables.ts";

/**
 * Creates the CDN schema's tables the Optima connector reads, with Optima's mixed-case names
 * quoted ("CDN"."Towary"), every declared column NOT NULL unless its spec says null, varchar
 * lengths as named CHECKs and text as citext, as the Subiekt GT sandbox does
 * (subiekt-gt/sandbox/create-sandbox-schema.ts). Indexes come after the bulk load.
 */
export async function createOptimaSchema(options: { db: Kysely<TOptimaDatabase> }): Promise<void> {
  await sql`create extension if not exists citext`.execute(options.db);
  await sql`create schema if not exists "CDN"`.execute(options.db);
  for (const [table, spec] of Object.entries(OPTIMA_TABLES)) {
    const columns = Object.entries(spec.columns).map(([name, sqlServerType]) => {
      const { type, nullable } = postgresType({ sqlServerType: String(sqlServerType) });
      const length = /varchar\((\d+)\)/.exec(String(sqlServerType))?.[1];
      const check = length
        ? sql` constraint ${sql.id(`${name} varchar(${length})`)} check (char_length(${sql.id(name)}) <= ${sql.lit(Number(length))})`
        : sql``;
      return sql`${sql.id(name)} ${sql.raw(type)}${sql.raw(nullable ? "" : " not null")}${check}`;
    });
    const key = sql`constraint ${sql.id(`PK_${table.slice(4)}`)} primary key (${sql.join(spec.primaryKey.map((c) => sql.id(c)))})`;
    await sql`create table ${sql.table(table)} (${sql.join([...columns, key])})`.execute(options.db);
  }
}

/** The specs' secondary indexes (after the data, as a real database has them). */
export async function createOptimaIndexes(options: { db: Kysely<TOptimaDatabase> }): Promise<void> {
  for (const [table, spec] of Object.entries(OPTIMA_TABLES)) {
    for (const [index, columns] of (spec.indexes ?? []).entries()) {
      const name = sql.id(`IX_${table.slice(4)}_${index + 1}`);
      await sql`create index ${name} on ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))})`.execute(
        options.db,
      );
    }
  }
}
