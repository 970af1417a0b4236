import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase } from "./test-database.ts";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/**
 * A database of its own migrated up to, not including, `migration`: a migration test puts the rows
 * of the time before it in, applies it (`applyMigration`) and reads what became of them. Throws
 * when no migration has that name, so a renamed one cannot leave its test testing nothing.
 */
async function databaseBefore(migration: string) {
  const names = (await readdir(MIGRATIONS_DIR)).filter((n) => /^\d{14}_/.test(n)).sort();
  if (!names.includes(migration)) throw new Error(`no migration ${migration} in ${MIGRATIONS_DIR}`);
  const database = await createTestDatabase("erp_bridge_migration");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  /** Applies one migration's SQL in a transaction, as `prisma migrate deploy` does. */
  const applyMigration = async (name: string) => {
    const sql = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    await client.query("BEGIN");
    await client.query(sql);
    await client.query("COMMIT");
  };
  for (const name of names.slice(0, names.indexOf(migration))) await applyMigration(name);
  return {
    client,
    applyMigration,
    async drop() {
      await client.end();
      await database.drop();
    },
  };
}

/**
 * The test file's database before `migration` (see databaseBefore), made before its tests and
 * dropped after them: `client` and `applyMigration` are usable inside the tests.
 */
export function migrationDatabase(migration: string) {
  let database: Awaited<ReturnType<typeof databaseBefore>> | undefined;
  beforeAll(async () => {
    database = await databaseBefore(migration);
  });
  afterAll(async () => {
    await database?.drop();
  });
  const ready = () => {
    if (!database) throw new Error("the migration database is made in beforeAll");
    return database;
  };
  return {
    get client(): pg.Client {
      return ready().client;
    },
    applyMigration: (name: string) => ready().applyMigration(name),
  };
}

/** A company as the rows before any migration test's need it: its name only. */
export async function insertCompany(client: pg.Client, name: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "Company" ("id", "name", "updatedAt") VALUES (gen_random_uuid(), $1, now()) RETURNING "id"`,
    [name],
  );
  const [row] = rows;
  if (!row) throw new Error("no company inserted");
  return row.id;
}
