import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { runTransaction } from "../../../apps/portal/src/server/platform/database/db.ts";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");

/** The INSERT statements of the migration whose folder ends with `_${name}`, as written there. */
export async function backfillStatements(name: string): Promise<string[]> {
  const folder = (await readdir(MIGRATIONS)).find((n) => n.endsWith(`_${name}`)) ?? "";
  return (await readFile(path.join(MIGRATIONS, folder, "migration.sql"), "utf8"))
    .split(";")
    .map((statement) => statement.replace(/^(\s*--.*\n)*/, "").trim())
    .filter((statement) => statement.startsWith("INSERT"));
}

/**
 * Runs a migration's backfill statements, unchanged, over one company's rows and returns what
 * they wrote into each table of `into`. They run against temporary copies of the tables they
 * read and write (an unqualified name resolves to the session's temporary schema first), in a
 * transaction rolled back: the real tables are neither written nor locked. Emptying the real
 * tables instead locked every company's rollups, so the replay waited on (and stalled) other test
 * files syncing at the same time, and ran past Prisma's 5 s transaction timeout in CI.
 */
export async function replayBackfill(options: {
  statements: string[];
  companyId: string;
  from: string[];
  into: string[];
}): Promise<Record<string, Record<string, unknown>[]>> {
  const written: Record<string, Record<string, unknown>[]> = {};
  const rolledBack = new Error("rolled back");
  try {
    await runTransaction(async (tx) => {
      for (const table of [...options.from, ...options.into]) {
        await tx.$executeRawUnsafe(`CREATE TEMP TABLE "${table}" (LIKE public."${table}")`);
      }
      for (const table of options.from) {
        await tx.$executeRawUnsafe(
          `INSERT INTO pg_temp."${table}" SELECT * FROM public."${table}" WHERE "companyId" = $1::uuid`,
          options.companyId,
        );
      }
      for (const statement of options.statements) await tx.$executeRawUnsafe(statement);
      for (const table of options.into) {
        written[table] = await tx.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM pg_temp."${table}"`);
      }
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
  return written;
}
