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
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { openSandbox } from "../../apps/agent/src/erp/subiekt-gt/sandbox/open-sandbox.ts";
import { benchDatabases } from "./bench-databases.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { percentile, round } from "./stats.ts";

const execFileAsync = promisify(execFile);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 50);

const databases = await benchDatabases("sync");
const cleanups = databases.cleanups;
try {
  await execFileAsync(process.execPath, [
    "--import",
    "tsx",
    "apps/agent/src/erp/subiekt-gt/sandbox/main.ts",
    ...["--url", databases.sandboxUrl, "--seed", "7", "--products", String(PRODUCTS), "--price-levels", "10"],
    ...["--warehouses", "5", "--customers", "100", "--years", "1", "--document-lines", "1000"],
    ...["--until", "2026-03-15"],
  ]);
  const sandbox = openSandbox({ url: databases.sandboxUrl });
  cleanups.unshift(() => sandbox.destroy());
  const portal = await startPortalProcess({ databaseUrl: databases.portalUrl });
  cleanups.unshift(() => portal.stop());
  const phases = await import("./sync-phases.ts");
  const setup = await phases.connectClient({ portalUrl: portal.url, erpUrl: databases.sandboxUrl, sandbox });
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
