/**
 * npm run bench:sync — prints one JSON document.
 *
 * The initial sync of an ERP sandbox (100k products, 10 price levels, stock in 5 warehouses)
 * through the whole path: the real agent reading the sandbox, the tunnel, the built portal's
 * sync engine writing the cloud copy. Compared with a raw bulk load of the same rows into the
 * same PostgreSQL (INSERT ... SELECT into tables shaped and indexed like the copy's): the
 * cheapest write of those rows the database can do, so the ratio is what the rest of the path
 * costs. Then 50 stock changes in the ERP, each timed until GET /api/v1/stock shows it, with
 * the default settings. Knobs: BENCH_PRODUCTS, BENCH_CHANGES.
 */
import { disconnectPortal } from "./disconnect-portal.ts";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { percentile, round } from "./stats.ts";

const execFileAsync = promisify(execFile);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 50);

const portalDatabase = await createTestDatabase("erp_bridge_bench_sync");
const sandboxDatabase = await createTestDatabase("erp_bench_sync_sandbox");
const cleanups: (() => Promise<unknown>)[] = [disconnectPortal, portalDatabase.drop, sandboxDatabase.drop];
try {
  await migrateDatabase({ url: portalDatabase.url });
  Object.assign(process.env, {
    DATABASE_URL: portalDatabase.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
    WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
  });
  await execFileAsync(process.execPath, [
    "--import",
    "tsx",
    "apps/agent/src/erp/subiekt-gt/sandbox/main.ts",
    ...["--url", sandboxDatabase.url, "--seed", "7", "--products", String(PRODUCTS), "--price-levels", "10"],
    ...["--warehouses", "5", "--customers", "100", "--years", "1", "--document-lines", "1000"],
    ...["--until", "2026-03-15"],
  ]);
  const sandbox = openSandbox({ url: sandboxDatabase.url });
  cleanups.unshift(() => sandbox.destroy());
  const portal = await startPortalProcess({ databaseUrl: portalDatabase.url });
  cleanups.unshift(() => portal.stop());
  const phases = await import("./sync-phases.ts");
  const setup = await phases.connectClient({ portalUrl: portal.url, erpUrl: sandboxDatabase.url, sandbox });
  cleanups.unshift(setup.cleanup);

  const initial = await phases.timeInitialSync({ companyId: setup.companyId, agentId: setup.agentId });
  const raw = await phases.timeRawLoad({ companyId: setup.companyId });
  const latencies = await phases.timeStockChanges({
    portalUrl: portal.url,
    apiKey: setup.apiKey,
    sandbox,
    warehouseIds: setup.warehouseIds,
    changes: CHANGES,
  });
  const syncRowsPerSecond = initial.rows / initial.seconds;
  const rawRowsPerSecond = raw.rows / raw.seconds;
  console.log(
    JSON.stringify(
      {
        bench: "sync",
        erp: { products: PRODUCTS, priceLevels: 10, warehouses: 5 },
        initialSync: {
          elapsedSeconds: round(initial.seconds),
          rows: initial.rows,
          rowsPerSecond: Math.round(syncRowsPerSecond),
          byGroup: initial.byGroup,
        },
        rawBulkLoad: {
          elapsedSeconds: round(raw.seconds),
          rows: raw.rows,
          rowsPerSecond: Math.round(rawRowsPerSecond),
        },
        ratioToRawLoad: { value: round(syncRowsPerSecond / rawRowsPerSecond, 2), target: ">= 0.25" },
        stockChangeToApiMs: {
          changes: latencies.length,
          p50: Math.round(percentile(latencies, 50)),
          p95: Math.round(percentile(latencies, 95)),
          max: Math.round(Math.max(...latencies)),
          target: "p95 < 15000",
        },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
