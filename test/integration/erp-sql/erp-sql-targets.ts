import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { createErpDb, type TErpDb } from "../../../apps/agent/src/erp/sql/create-erp-db.ts";
import { createTestDatabase } from "../../support/test-database.ts";

export type TItem = { id: number; symbol: string; qty: number; active: boolean; changed_at: Date | null };
/** Tables are named per run, so any name maps to the throwaway table's row. */
export type TItemDb = Record<string, TItem>;

export type TErpSqlTarget = {
  name: "postgres" | "mssql";
  skip: boolean;
  /** A database to run against and a function that removes what the test made there. */
  open: () => Promise<{ url: string; drop: () => Promise<void> }>;
};

export const targets: TErpSqlTarget[] = [
  { name: "postgres", skip: false, open: () => createTestDatabase("erp_sql") },
  {
    // No SQL Server runs on these machines; set MSSQL_TEST_URL (mssql://...) to run the same tests on one.
    name: "mssql",
    skip: !process.env.MSSQL_TEST_URL,
    open: async () => ({ url: process.env.MSSQL_TEST_URL ?? "", drop: async () => {} }),
  },
];

/** Creates a throwaway item table with the column types Subiekt uses in each dialect. */
export async function createItemTable(erp: TErpDb<TItemDb>): Promise<{ table: string; drop: () => Promise<void> }> {
  const table = `erp_sql_${randomBytes(4).toString("hex")}`;
  const mssql = erp.dialect === "mssql";
  await erp.db.schema
    .createTable(table)
    .addColumn("id", "integer", (column) => column.primaryKey())
    .addColumn("symbol", "varchar(40)", (column) => column.notNull())
    .addColumn("qty", "decimal(19, 4)", (column) => column.notNull())
    .addColumn("active", mssql ? sql`bit` : "boolean", (column) => column.notNull())
    .addColumn("changed_at", mssql ? sql`datetime` : "timestamp")
    .execute();
  return { table, drop: () => erp.db.schema.dropTable(table).execute().then(() => {}) };
}

/** Inserts items in batches small enough for SQL Server's 2100-parameter limit. */
export async function insertItems(options: { db: Kysely<TItemDb>; table: string; items: TItem[] }): Promise<void> {
  for (let start = 0; start < options.items.length; start += 200) {
    await options.db
      .insertInto(options.table)
      .values(options.items.slice(start, start + 200))
      .execute();
  }
}

/** Lets a transaction wait at most briefly for a row lock, so a held lock shows as an error instead of a hang. */
export function shortLockTimeout(options: { db: Kysely<TItemDb>; dialect: TErpDb<TItemDb>["dialect"] }) {
  const statement = options.dialect === "mssql" ? sql`set lock_timeout 300` : sql`set local lock_timeout = '300ms'`;
  return statement.execute(options.db);
}

export const LOCK_TIMEOUT_ERROR = /lock timeout|Lock request time out/;

export { createErpDb };
