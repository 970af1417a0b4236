import { sql, type Kysely } from "kysely";
import { createSandboxIndexes } from "../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-indexes.ts";
import { createSandboxSchema } from "../../apps/agent/src/erp/subiekt-gt/sandbox/create-sandbox-schema.ts";
import { generateSandboxData } from "../../apps/agent/src/erp/subiekt-gt/sandbox/generate-sandbox-data.ts";
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
    }
    return await countSandbox({ db });
  } finally {
    await db.destroy();
    await server.stop();
  }
}

/** The tables exist only after a complete generation: it runs in one transaction. */
async function hasSandbox(options: { db: Kysely<TSubiektDatabase> }): Promise<boolean> {
  const result = await sql<{ present: boolean }>`select to_regclass('"tw__Towar"') is not null as present`.execute(
    options.db,
  );
  return result.rows[0]?.present === true;
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
