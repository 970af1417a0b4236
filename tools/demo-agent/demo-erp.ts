import { sql, type Kysely } from "kysely";
import { createSandboxIndexes } from "../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-indexes.ts";
import {
  createSandboxSchema,
  createSandboxTable,
} from "../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-schema.ts";
import { generateSandboxData } from "../../apps/agent/src/erp/subiekt-gt/sandbox/generate-sandbox-data.ts";
import { SANDBOX_TABLES } from "../../apps/agent/src/erp/subiekt-gt/sandbox/sandbox-tables.ts";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { SMALL_SANDBOX_SIZE } from "../../apps/agent/src/erp/subiekt-gt/sandbox/small-sandbox.ts";
import type { TSubiektDatabase } from "../../apps/agent/src/erp/subiekt-gt/schema/database.ts";
import { startEmbeddedPostgres } from "../../apps/portal/src/server/platform/database/embedded-postgres.ts";

export type TDemoErp = { url: string; products: number; warehouses: number; stop: () => Promise<void> };

/**
 * Subiekt GT's tables on an embedded PostgreSQL in `dataDir/demo-erp`, filled with a sandbox on
 * first use (history up to today) and reused afterwards. The URL caps the agent's pool at the
 * one connection the embedded server serves.
 */
export async function startDemoErp(options: { dataDir: string; say: (line: string) => void }): Promise<TDemoErp> {
  const counts = await prepareSandbox(options);
  // A server of its own for the agent: the one that prepared the sandbox may still count the
  // connection just closed, and would turn the agent's away.
  const server = await startEmbeddedPostgres({ dataDir: options.dataDir, name: "demo-erp", citext: true });
  return { url: `${server.url}&poolMax=1`, ...counts, stop: server.stop };
}

async function prepareSandbox(options: { dataDir: string; say: (line: string) => void }) {
  const server = await startEmbeddedPostgres({ dataDir: options.dataDir, name: "demo-erp", citext: true });
  const db = openSandbox({ url: `${server.url}&poolMax=1` });
  try {
    if (!(await hasSandbox({ db }))) {
      const { products, warehouses, customers, years } = SMALL_SANDBOX_SIZE;
      options.say(
        `Generating the ERP sandbox (${products} products, ${warehouses} warehouses, ${customers} customers, ${years} years of documents)...`,
      );
      const started = performance.now();
      await generate({ db });
      options.say(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } else if (!(await hasTable({ db, table: "nz__Finanse" }))) {
      await addSettlementsTable({ db });
      options.say(
        "The demo ERP predates settlements: added an empty nz__Finanse (delete .data/demo-erp to regenerate).",
      );
    }
    return await countSandbox({ db });
  } finally {
    await db.destroy();
    await server.stop();
  }
}

/** The tables exist only after a complete generation: it runs in one transaction. */
function hasSandbox(options: { db: Kysely<TSubiektDatabase> }): Promise<boolean> {
  return hasTable({ db: options.db, table: "tw__Towar" });
}

async function hasTable(options: { db: Kysely<TSubiektDatabase>; table: string }): Promise<boolean> {
  const name = `"${options.table}"`;
  const result = await sql<{ present: boolean }>`select to_regclass(${name}) is not null as present`.execute(
    options.db,
  );
  return result.rows[0]?.present === true;
}

/** A sandbox generated before the connector read settlements: customers then owe nothing. */
async function addSettlementsTable(options: { db: Kysely<TSubiektDatabase> }): Promise<void> {
  const table = SANDBOX_TABLES.find((t) => t.name === "nz__Finanse");
  if (!table) throw new Error("the sandbox has no nz__Finanse spec");
  await createSandboxTable({ db: options.db, table });
}

async function generate(options: { db: Kysely<TSubiektDatabase> }): Promise<void> {
  await options.db.transaction().execute(async (tx) => {
    await createSandboxSchema({ db: tx });
    await generateSandboxData({ db: tx, ...SMALL_SANDBOX_SIZE, until: new Date() });
    await createSandboxIndexes({ db: tx });
  });
  await sql`analyze`.execute(options.db);
}

async function countSandbox(options: { db: Kysely<TSubiektDatabase> }) {
  const count = (table: "tw__Towar" | "sl_Magazyn") =>
    options.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
  return { products: (await count("tw__Towar")).n, warehouses: (await count("sl_Magazyn")).n };
}
