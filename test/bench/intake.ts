/**
 * npm run bench:intake — prints one JSON document.
 *
 * The order intake alone (POST /api/v1/orders until its 201), on the built portal with a fresh
 * database, a store channel and products copied from an ERP sandbox by the real agent, which is then
 * stopped so the orders' ZK commands wait in the outbox and the agent's writes take no CPU from the
 * intake. Every `BENCH_LARGE_EVERY`-th order has 20 lines, the rest 2. Phase 1, open loop: orders
 * started at a fixed rate (`BENCH_INTAKE_RATE`, default the target's 300/s) whatever the latency, as
 * channels send them (a closed loop would hide queueing); phase 2, closed loop: `BENCH_INTAKE_CLIENTS`
 * clients POSTing back to back, what the intake sustains at most. The machine's load average is
 * printed beside the figures: everything (portal, PostgreSQL, this process) shares its cores.
 * Both phases' requests come from a load generator in a process of its own (intake-load.ts): its CPU
 * and, in the open loop, how late it started requests behind their slots are printed too; a run whose
 * generator fell behind (`keptSchedule: false`) did not offer its rate and measured nothing at it.
 * Knobs: BENCH_INTAKE_RATE, BENCH_INTAKE_SECONDS, BENCH_INTAKE_CLIENTS, BENCH_PRODUCTS, BENCH_LARGE_EVERY,
 * BENCH_PORTAL_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where the portal's time goes).
 */
import { benchDatabases, orderSandbox } from "./bench-databases.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { watchPostgres } from "./postgres-usage.ts";
import { watchProcess } from "./process-usage.ts";
import { generateIntakeLoad, type TGeneratorResult } from "./intake-load.ts";
import { orderBody } from "./order-body.ts";
import { machineLoad, percentile, round } from "./stats.ts";

const RATE = Number(process.env.BENCH_INTAKE_RATE ?? 300);
const SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 20);
const CLIENTS = Number(process.env.BENCH_INTAKE_CLIENTS ?? 16);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 20_000);
const LARGE_EVERY = Number(process.env.BENCH_LARGE_EVERY ?? 4);
const WARM_UP = 200;

const databases = await benchDatabases("intake");
const cleanups = databases.cleanups;
try {
  const sandbox = await orderSandbox({ url: databases.sandboxUrl, products: PRODUCTS });
  cleanups.unshift(() => sandbox.destroy());
  const nodeFlags = process.env.BENCH_PORTAL_NODE_FLAGS?.split(" ").filter(Boolean);
  const portal = await startPortalProcess({ databaseUrl: databases.portalUrl, nodeFlags });
  cleanups.unshift(() => portal.stop());
  const phases = await import("./order-phases.ts");
  const shop = await phases.connectShop({ portalUrl: portal.url, erpUrl: databases.sandboxUrl, sandbox });
  cleanups.unshift(shop.cleanup);
  await shop.stopAgent();

  // Next compiles and caches the route on its first calls: not what a channel meets later.
  for (let index = 0; index < WARM_UP; index++) {
    const lines = index % LARGE_EVERY === LARGE_EVERY - 1 ? 20 : 2;
    await phases.postOrder({
      portalUrl: portal.url,
      key: shop.key,
      body: orderBody({ skus: shop.skus, index, prefix: "warm", lines }),
    });
  }
  const load = {
    url: `${portal.url}/api/v1/orders`,
    headers: { authorization: `Bearer ${shop.key}`, "content-type": "application/json" },
    seconds: SECONDS,
  };
  const orders = (prefix: string) => ({ skus: shop.skus, prefix, largeEvery: LARGE_EVERY });

  const machineBefore = await machineLoad();
  const usage = await watchProcess({ pid: portal.pid });
  const openPostgres = await watchPostgres({ databaseUrl: databases.portalUrl });
  const open = await generateIntakeLoad({ ...load, mode: "open", ratePerSecond: RATE, orders: orders("open") });
  const openPortal = await usage.stop();
  const openDatabase = await openPostgres.stop();

  const closedUsage = await watchProcess({ pid: portal.pid });
  const closedPostgres = await watchPostgres({ databaseUrl: databases.portalUrl });
  const closed = await generateIntakeLoad({ ...load, mode: "closed", clients: CLIENTS, orders: orders("closed") });
  const closedPortal = await closedUsage.stop();
  const closedDatabase = await closedPostgres.stop();
  const machineAfter = await machineLoad();

  console.log(
    JSON.stringify(
      {
        bench: "intake",
        machine: { before: machineBefore, after: machineAfter },
        firstError: open.firstError ?? closed.firstError,
        orders: { products: PRODUCTS, lines: `every ${LARGE_EVERY}th order 20 lines, the rest 2`, agent: "stopped" },
        atFixedRate: {
          ratePerSecond: RATE,
          seconds: SECONDS,
          sent: open.sent,
          failed: open.failed,
          achievedPerSecond: round(open.answered / open.elapsedSeconds),
          ...latencyFigures(open, [50, 95, 99, 100]),
          target: ">= 300/s with p99 < 100 ms (moonshot 1,000/s, p99 < 50 ms)",
          portal: openPortal,
          postgres: openDatabase,
          generator: open.generator,
        },
        backToBack: {
          clients: CLIENTS,
          seconds: SECONDS,
          accepted: closed.answered,
          failed: closed.failed,
          ordersPerSecond: round(closed.answered / closed.elapsedSeconds),
          ...latencyFigures(closed, [50, 99]),
          target: ">= 300/s",
          portal: closedPortal,
          postgres: closedDatabase,
          generator: closed.generator,
        },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}

/** p50Ms, p99Ms, … of the answered requests (100: maxMs). */
function latencyFigures(result: TGeneratorResult, percentiles: number[]): Record<string, number> {
  const name = (p: number) => (p === 100 ? "maxMs" : `p${p}Ms`);
  return Object.fromEntries(percentiles.map((p) => [name(p), round(percentile(result.latencies, p))]));
}
