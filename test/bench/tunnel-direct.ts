/**
 * npm run bench:tunnel-direct — prints one JSON document. A variant of bench:tunnel (whose figure
 * stays the comparable one), not a replacement.
 *
 * The commands are enqueued in the process whose hub holds the agents' connections, as a staff
 * page's live question is (a ping, an ERP lookup): the hub sends each at once after its commit
 * (hub/local-delivery.ts) instead of waiting for the "command available" notification to come back
 * from PostgreSQL. That process is the portal's agent hub as the server attaches it, without Next
 * (tunnel-harness startHub), and also plays the simulated agents: its CPU is the hub's, the
 * generator's and the agents' together. Knobs: BENCH_AGENTS, BENCH_RATES, BENCH_SECONDS.
 */
import { disconnectPortal } from "./disconnect-portal.ts";
import { randomBytes } from "node:crypto";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runLoad } from "./run-load.ts";
import { watchProcess } from "./process-usage.ts";
import { machineLoad, rssMb, round } from "./stats.ts";

const AGENTS = Number(process.env.BENCH_AGENTS ?? 1000);
const RATES = (process.env.BENCH_RATES ?? "100,500").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);

const database = await createTestDatabase("erp_bridge_bench");
const cleanups: (() => Promise<unknown>)[] = [disconnectPortal, database.drop];
try {
  await migrateDatabase({ url: database.url });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
  });
  const { startHub } = await import("../support/tunnel-harness.ts");
  const { connectAgents, takePhases, timeCommands } = await import("./tunnel-phases.ts");
  const hub = await startHub();
  cleanups.unshift(hub.close);
  const machineBefore = await machineLoad();
  const fleet = await connectAgents({ hubUrl: hub.url, count: AGENTS });
  cleanups.unshift(fleet.close);
  const loads = [];
  for (const rate of RATES) {
    const usage = await watchProcess({ pid: process.pid });
    const load = await runLoad({
      rate,
      seconds: SECONDS,
      sampleRss: () => rssMb(process.pid),
      issue: (i) => timeCommands({ fleet, index: i }),
    });
    loads.push({ rate, load, phases: takePhases(fleet), cpuPercent: (await usage.stop()).cpuPercent });
  }
  console.log(
    JSON.stringify(
      {
        bench: "tunnel-direct",
        machine: { before: machineBefore, afterRoundTrips: await machineLoad() },
        agents: AGENTS,
        commandRoundTripMs: loads.map(({ rate, load, phases, cpuPercent }) => ({
          ratePerSecond: rate,
          seconds: SECONDS,
          sent: load.sent,
          completed: load.latencies.length,
          failed: load.failed,
          achievedRatePerSecond: round(load.latencies.length / load.elapsedSeconds),
          p50: load.p50,
          p95: load.p95,
          p99: load.p99,
          max: load.max,
          target: "p99 < 20 at 500/s",
          phases,
          // Hub, load generator and simulated agents in this one process.
          cpuPercentOfOneCore: cpuPercent,
        })),
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
