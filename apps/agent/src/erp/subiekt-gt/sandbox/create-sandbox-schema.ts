import { sql, type Kysely } from "kysely";
import type { TSubiektDatabase } from "../schema/database.ts";
import { ID_PROCEDURE } from "../schema/ids.ts";
import { SANDBOX_TABLES } from "./sandbox-tables.ts";

/**
 * Creates Subiekt GT's tables (exact mixed-case names, quoted) with their primary keys, and
 * spIdentyfikator. Unique and secondary indexes come from createSandboxIndexes, after a bulk load.
 */
export async function createSandboxSchema(options: { db: Kysely<TSubiektDatabase> }): Promise<void> {
  for (const table of SANDBOX_TABLES) {
    const columns = table.columns.map(
      (column) => sql`${sql.id(column.name)} ${sql.raw(column.type)}${sql.raw(column.nullable ? "" : " not null")}`,
    );
    const primaryKey = sql`constraint ${sql.id(`PK_${table.name}`)} primary key (${sql.join(table.primaryKey.map((c) => sql.id(c)))})`;
    await sql`create table ${sql.table(table.name)} (${sql.join([...columns, primaryKey])})`.execute(options.db);
  }
  await createIdProcedure({ db: options.db });
}

/**
 * Like Subiekt's procedure: reserves `count` consecutive ids for a table and returns the first.
 * The upsert takes the row lock, so concurrent callers get disjoint ranges; the lock is held to
 * the end of the caller's transaction, as in SQL Server.
 */
async function createIdProcedure(options: { db: Kysely<TSubiektDatabase> }): Promise<void> {
  await sql`
    create function ${sql.id(ID_PROCEDURE)}(name text, count integer) returns integer
    language plpgsql as $$
    declare next_free integer;
    begin
      if count is null or count < 1 then
        raise exception '${sql.raw(ID_PROCEDURE)}: count must be at least 1, got %', count;
      end if;
      insert into ins_ident (ido_nazwa, ido_wartosc) values (name, 1 + count)
        on conflict (ido_nazwa) do update set ido_wartosc = ins_ident.ido_wartosc + excluded.ido_wartosc - 1
        returning ido_wartosc into next_free;
      return next_free - count;
    end $$`.execute(options.db);
}
