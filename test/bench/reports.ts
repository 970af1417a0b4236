/**
 * npm run bench:reports — prints one JSON document.
 *
 * A sandbox with BENCH_LINES (1,000,000) document lines over two years (10,000 products, 5,000
 * customers, a main warehouse and four showrooms; a quarter of the main warehouse's invoices and
 * receipts carry order keys of two sales channels) is synced through the real agent and a portal
 * worker into the cloud copy, keeping the rollups. Then every report type runs BENCH_RUNS (50)
 * times in this process, as a page or route calls it, over the last 12 months with both
 * comparisons: p50 / p95 per report (target p95 < 300 ms).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { sql } from "kysely";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { disconnectPortal } from "./disconnect-portal.ts";
import { percentile, round } from "./stats.ts";

const execFileAsync = promisify(execFile);
const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const UNTIL = "2026-03-15";

const portalDatabase = await createTestDatabase("erp_bridge_bench_reports");
const sandboxDatabase = await createTestDatabase("erp_bench_reports_sandbox");
/** BENCH_KEEP=1 leaves both databases for a closer look (their URLs go to stderr). */
const keep = process.env.BENCH_KEEP === "1";
const cleanups: (() => Promise<unknown>)[] = keep
  ? [disconnectPortal, async () => console.error(JSON.stringify({ kept: [portalDatabase.url, sandboxDatabase.url] }))]
  : [disconnectPortal, portalDatabase.drop, sandboxDatabase.drop];
try {
  await migrateDatabase({ url: portalDatabase.url });
  Object.assign(process.env, {
    DATABASE_URL: portalDatabase.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
    WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
  });
  const generateStarted = performance.now();
  await execFileAsync(process.execPath, [
    "--import",
    "tsx",
    "apps/agent/src/erp/subiekt-gt/sandbox/main.ts",
    ...["--url", sandboxDatabase.url, "--seed", "11", "--products", "10000", "--customers", "5000"],
    ...["--warehouses", "5", "--years", "2", "--document-lines", String(LINES), "--until", UNTIL],
  ]);
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  const sandbox = openSandbox({ url: sandboxDatabase.url });
  cleanups.unshift(() => sandbox.destroy());
  const phases = await import("./reports-phases.ts");
  const { companyId, keys, cleanup } = await phases.connectClient({ erpUrl: sandboxDatabase.url });
  cleanups.unshift(cleanup);
  await sql`
    update "dok__Dokument" set "dok_NrPelnyOryg" = (${keys}::text[])[1 + "dok_Id" % ${keys.length}]
    where "dok_Typ" in (2, 21) and "dok_MagId" = 1 and "dok_Id" % 4 = 0`.execute(sandbox);
  const lines = await sql<{ n: string }>`
    select count(*) as n from "dok_Pozycja" p join "dok__Dokument" d on d."dok_Id" = coalesce(p."ob_DokHanId", p."ob_DokMagId")
    where d."dok_Typ" in (2, 21, 6, 16, 9)`.execute(sandbox);
  const sync = await phases.timeDocumentSync({ companyId });
  const rollups = await phases.rollupSizes({ companyId });
  const reports = await phases.timeReports({ companyId, runs: RUNS, until: UNTIL });
  console.log(
    JSON.stringify(
      {
        bench: "reports",
        erp: { documentLines: Number(lines.rows[0]?.n), years: 2, products: 10_000, customers: 5_000, warehouses: 5 },
        sandboxSeconds: round(generateSeconds),
        documentSync: sync,
        rollupRows: rollups,
        period: "last 12 months, with the previous period and the same period a year earlier",
        runsPerReport: RUNS,
        reportsMs: Object.fromEntries(
          reports.map((r) => [
            r.name,
            { p50: round(percentile(r.ms, 50)), p95: round(percentile(r.ms, 95)), max: round(Math.max(...r.ms)) },
          ]),
        ),
        target: "p95 < 300",
        worstP95: round(Math.max(...reports.map((r) => percentile(r.ms, 95)))),
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
