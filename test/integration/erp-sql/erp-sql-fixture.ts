import { randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll } from "vitest";
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

export const ITEM_COUNT = 600;
// Ids with gaps and inserted out of order, so paging must follow the key rather than insertion.
export const items: TItem[] = Array.from({ length: ITEM_COUNT }, (_, i) => ({
  id: ((i * 7919) % ITEM_COUNT) * 3 + 1,
  symbol: `S-${String(i).padStart(4, "0")}`,
  qty: i + 0.25,
  active: i % 2 === 0,
  changed_at: null,
}));
export const sortedIds = items.map((item) => item.id).sort((a, b) => a - b);

/** Opens the target's database with a throwaway table of `items` for the file's tests, and removes both after. */
export function useItemTable(target: TErpSqlTarget) {
  const state: { database?: { url: string; drop: () => Promise<void> }; erp?: TErpDb<TItemDb>; table?: string } = {};
  beforeAll(async () => {
    if (target.skip) return;
    state.database = await target.open();
    state.erp = createErpDb<TItemDb>({ url: state.database.url });
    state.table = await createItemTable(state.erp);
  });
  afterAll(async () => {
    if (state.table) await state.erp?.db.schema.dropTable(state.table).execute();
    await state.erp?.close();
    await state.database?.drop();
  });
  return {
    get url() {
      return required(state.database?.url);
    },
    get erp() {
      return required(state.erp);
    },
    get table() {
      return required(state.table);
    },
  };
}

async function createItemTable(erp: TErpDb<TItemDb>): Promise<string> {
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
  // Batches small enough for SQL Server's 2100-parameter limit.
  for (let start = 0; start < items.length; start += 200) {
    await erp.db
      .insertInto(table)
      .values(items.slice(start, start + 200))
      .execute();
  }
  return table;
}

/** Lets a transaction wait only briefly for a row lock, so a held lock shows as an error instead of a hang. */
export function shortLockTimeout(options: { db: Kysely<TItemDb>; dialect: TErpDb<TItemDb>["dialect"] }) {
  const statement = options.dialect === "mssql" ? sql`set lock_timeout 300` : sql`set local lock_timeout = '300ms'`;
  return statement.execute(options.db);
}

export const LOCK_TIMEOUT_ERROR = /lock timeout|Lock request time out/;

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("The item table is not set up (did beforeAll fail?)");
  return value;
}
