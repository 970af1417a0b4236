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
 * Knobs: BENCH_INTAKE_RATE, BENCH_INTAKE_SECONDS, BENCH_INTAKE_CLIENTS, BENCH_PRODUCTS, BENCH_LARGE_EVERY,
 * BENCH_PORTAL_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where the portal's time goes).
 */
import { benchDatabases, orderSandbox } from "./bench-databases.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { watchProcess } from "./process-usage.ts";
import { runLoad } from "./run-load.ts";
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

  let sent = 0;
  let firstError: string | null = null;
  const post = async (prefix: string) => {
    const index = sent++;
    const lines = index % LARGE_EVERY === LARGE_EVERY - 1 ? 20 : 2;
    const body = phases.orderBody({ skus: shop.skus, index, prefix, lines });
    try {
      return (await phases.postOrder({ portalUrl: portal.url, key: shop.key, body })).ms;
    } catch (error) {
      firstError ??= String(error);
      throw error;
    }
  };
  // Next compiles and caches the route on its first calls: not what a channel meets later.
  for (let i = 0; i < WARM_UP; i++) await post("warm");

  const machineBefore = await machineLoad();
  const usage = await watchProcess({ pid: portal.pid });
  const open = await runLoad({ rate: RATE, seconds: SECONDS, issue: () => post("open"), sampleRss: async () => 0 });
  const openPortal = await usage.stop();

  const closedUsage = await watchProcess({ pid: portal.pid });
  const closed = await closedLoop({ clients: CLIENTS, seconds: SECONDS, post: () => post("closed") });
  const closedPortal = await closedUsage.stop();
  const machineAfter = await machineLoad();

  console.log(
    JSON.stringify(
      {
        bench: "intake",
        machine: { before: machineBefore, after: machineAfter },
        firstError,
        orders: { products: PRODUCTS, lines: `every ${LARGE_EVERY}th order 20 lines, the rest 2`, agent: "stopped" },
        atFixedRate: {
          ratePerSecond: RATE,
          seconds: SECONDS,
          sent: open.sent,
          failed: open.failed,
          achievedPerSecond: round((open.sent - open.failed) / open.elapsedSeconds),
          p50Ms: open.p50,
          p95Ms: open.p95,
          p99Ms: open.p99,
          maxMs: open.max,
          target: ">= 300/s with p99 < 100 ms (moonshot 1,000/s, p99 < 50 ms)",
          portal: openPortal,
        },
        backToBack: {
          clients: CLIENTS,
          seconds: SECONDS,
          ...closed,
          target: ">= 300/s",
          portal: closedPortal,
        },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}

/** `clients` callers each POSTing as soon as their last answer came: the most the intake takes. */
async function closedLoop(options: { clients: number; seconds: number; post: () => Promise<number> }) {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (performance.now() < until) {
        await options.post().then(
          (ms) => void latencies.push(ms),
          () => void (failed += 1),
        );
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    accepted: sorted.length,
    failed,
    ordersPerSecond: round(sorted.length / elapsedSeconds),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
  };
}
