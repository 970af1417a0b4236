/**
 * npm run bench:orders — prints one JSON document.
 *
 * The built portal on a fresh database, the real agent on an ERP sandbox of 100,000 products, an
 * integration and a store channel. Phase 1: orders POSTed to /api/v1/orders at 20 per second for
 * 300 s with the agent online (one in four with 20 lines, the rest with 2), each timed from the
 * start of its POST to the moment its ZK is seen committed in the sandbox (a poller reads new ZKs
 * every 10 ms), with the agent's and the portal's CPU and memory over that stretch. Phase 2, intake
 * alone (agent stopped, orders wait in the outbox): 32 clients POSTing back to back for 15 s.
 * Knobs: BENCH_RATE, BENCH_SECONDS (a short run for development: BENCH_SECONDS=30), BENCH_PRODUCTS,
 * BENCH_LARGE_EVERY, BENCH_INTAKE_CLIENTS, BENCH_INTAKE_SECONDS; BENCH_AGENT_LOG=file keeps the agent's log.
 */
import { writeFile } from "node:fs/promises";
import { benchDatabases, orderSandbox } from "./bench-databases.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { watchProcess } from "./process-usage.ts";
import { round } from "./stats.ts";

const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 300);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const LARGE_EVERY = Number(process.env.BENCH_LARGE_EVERY ?? 4);
const INTAKE_CLIENTS = Number(process.env.BENCH_INTAKE_CLIENTS ?? 32);
const INTAKE_SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 15);

const databases = await benchDatabases("orders");
const cleanups = databases.cleanups;
try {
  const sandbox = await orderSandbox({ url: databases.sandboxUrl, products: PRODUCTS });
  cleanups.unshift(() => sandbox.destroy());
  const portal = await startPortalProcess({ databaseUrl: databases.portalUrl });
  cleanups.unshift(() => portal.stop());
  const phases = await import("./order-phases.ts");
  const client = await phases.connectShop({ portalUrl: portal.url, erpUrl: databases.sandboxUrl, sandbox });
  cleanups.unshift(client.cleanup);

  const agentUsage = await watchProcess({ pid: client.agentPid });
  const portalUsage = await watchProcess({ pid: portal.pid });
  const toErp = await phases.timeOrdersToErp({
    ...client,
    portalUrl: portal.url,
    sandbox,
    rate: RATE,
    seconds: SECONDS,
    largeEvery: LARGE_EVERY,
  });
  const agent = await agentUsage.stop();
  // Where each write's time went (the agent's "command finished" lines carry waitedMs and ms).
  if (process.env.BENCH_AGENT_LOG) {
    const lines = client.agentLogs().map((line) => JSON.stringify(line));
    await writeFile(process.env.BENCH_AGENT_LOG, `${lines.join("\n")}\n`);
  }
  const portalProcess = await portalUsage.stop();
  await client.stopAgent();
  const intake = await phases.timeIntake({
    ...client,
    portalUrl: portal.url,
    clients: INTAKE_CLIENTS,
    seconds: INTAKE_SECONDS,
  });
  console.log(
    JSON.stringify(
      {
        bench: "orders",
        postToZkCommittedMs: {
          ratePerSecond: RATE,
          seconds: SECONDS,
          products: PRODUCTS,
          lines: `every ${LARGE_EVERY}th order 20 lines, the rest 2`,
          orders: toErp.orders,
          failed: toErp.failed,
          p50: round(toErp.p50),
          p95: round(toErp.p95),
          p99: round(toErp.p99),
          max: round(toErp.max),
          target: "p95 < 250, p99 < 500",
        },
        throughput: {
          ordersPerSecond: round(toErp.ordersPerSecond),
          target: `${RATE}/s sustained`,
          outstandingWhenPostingEnded: toErp.outstandingWhenPostingEnded,
          outstandingMax: toErp.outstandingMax,
          drainSeconds: round(toErp.drainSeconds),
          targetQueue: "does not grow: outstanding stays near rate × p50",
        },
        agent: { ...agent, targetRss: "< 150 MB (bench:agent)" },
        portal: portalProcess,
        intakeAlone: {
          clients: INTAKE_CLIENTS,
          seconds: INTAKE_SECONDS,
          accepted: intake.accepted,
          failed: intake.failed,
          ordersPerSecond: Math.round(intake.accepted / intake.elapsedSeconds),
          p50Ms: round(intake.p50),
          p99Ms: round(intake.p99),
          target: ">= 300/s, p99 < 100 ms",
        },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
