import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "kysely";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { benchDatabases } from "./bench-databases.ts";
import { round } from "./stats.ts";

const execFileAsync = promisify(execFile);
/** The day the generated history ends; reports ask for the 12 months up to it. */
export const REPORTS_UNTIL = "2026-03-15";

/**
 * The report benches' client: a sandbox with `lines` document lines over two years (10,000
 * products, 5,000 customers, a main warehouse and four showrooms; a quarter of the main warehouse's
 * invoices and receipts carry order keys of two sales channels), synced through the real agent and
 * a portal worker into the cloud copy, keeping the rollups, then vacuumed and ANALYZEd (as autovacuum
 * would leave them). `cleanups` run last; with `keep` they leave both databases (BENCH_KEEP=1).
 */
export async function prepareReportsClient(options: { lines: number; keep: boolean }) {
  const reuse = process.env.BENCH_REUSE;
  if (reuse) return reuseReportsClient(reuse);
  const databases = await benchDatabases("reports");
  const cleanups = databases.cleanups;
  if (options.keep) {
    // Keep both databases for a closer look: close the portal's modules only and print their URLs.
    cleanups.splice(1, cleanups.length - 1, async () =>
      console.error(JSON.stringify({ kept: [databases.portalUrl, databases.sandboxUrl] })),
    );
  }
  try {
    const generateStarted = performance.now();
    await execFileAsync(process.execPath, [
      "--import",
      "tsx",
      "apps/agent/src/erp/subiekt-gt/sandbox/main.ts",
      ...["--url", databases.sandboxUrl, "--seed", "11", "--products", "10000", "--customers", "5000"],
      ...["--warehouses", "5", "--years", "2", "--document-lines", String(options.lines), "--until", REPORTS_UNTIL],
    ]);
    const sandboxSeconds = round((performance.now() - generateStarted) / 1000);
    const sandbox = openSandbox({ url: databases.sandboxUrl });
    cleanups.unshift(() => sandbox.destroy());
    const phases = await import("./reports-phases.ts");
    const { companyId, keys, cleanup } = await phases.connectClient({ erpUrl: databases.sandboxUrl });
    cleanups.unshift(cleanup);
    await sql`
      update "dok__Dokument" set "dok_NrPelnyOryg" = (${keys}::text[])[1 + "dok_Id" % ${keys.length}]
      where "dok_Typ" in (2, 21) and "dok_MagId" = 1 and "dok_Id" % 4 = 0`.execute(sandbox);
    const lines = await sql<{ n: string }>`
      select count(*) as n from "dok_Pozycja" p join "dok__Dokument" d on d."dok_Id" = coalesce(p."ob_DokHanId", p."ob_DokMagId")
      where d."dok_Typ" in (2, 21, 6, 16, 9)`.execute(sandbox);
    const documentSync = await phases.timeDocumentSync({ companyId });
    const rollupRows = await phases.rollupSizes({ companyId });
    return {
      companyId,
      portalUrl: databases.portalUrl,
      cleanups,
      figures: {
        erp: { documentLines: Number(lines.rows[0]?.n), years: 2, products: 10_000, customers: 5_000, warehouses: 5 },
        sandboxSeconds,
        documentSync,
        rollupRows,
      },
    };
  } catch (error) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw error;
  }
}

/**
 * A portal database kept by an earlier run (BENCH_KEEP=1 prints it), given as BENCH_REUSE: its
 * migrations brought up to date (a new index is measured too), vacuumed and ANALYZEd, nothing generated
 * or synced again, and kept afterwards. For measuring changes to the reports over and over on 1M lines.
 */
async function reuseReportsClient(portalUrl: string) {
  const { randomBytes } = await import("node:crypto");
  const { migrateDatabase } = await import("../../apps/portal/src/server/platform/database/migrate-database.ts");
  await migrateDatabase({ url: portalUrl });
  Object.assign(process.env, {
    DATABASE_URL: portalUrl,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
  });
  const { getDb } = await import("../../apps/portal/src/server/platform/database/db.ts");
  const [busiest] = await getDb().$queryRaw<{ companyId: string }[]>`
    SELECT "companyId"::text FROM "ReportDocument" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  if (!busiest) throw new Error(`BENCH_REUSE: no report documents in ${portalUrl}`);
  const phases = await import("./reports-phases.ts");
  const rollupRows = await phases.rollupSizes({ companyId: busiest.companyId });
  const { disconnectPortal } = await import("./disconnect-portal.ts");
  return {
    companyId: busiest.companyId,
    portalUrl,
    cleanups: [disconnectPortal] as (() => Promise<unknown>)[],
    figures: { reusedDatabase: true, rollupRows },
  };
}

/** Runs every cleanup in order, reporting (not throwing) the ones that fail. */
export async function runCleanups(cleanups: (() => Promise<unknown>)[]) {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
