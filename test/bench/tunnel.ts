/**
 * npm run bench:tunnel — prints one JSON document.
 *
 * One real portal process (the built Next server with its agent hub) on a fresh database;
 * 1,000 simulated agents connected to it; commands enqueued from this process (as another
 * portal process would) at a fixed rate, each timed from enqueue to its stored result; then
 * the real agent program streams a 100 MiB result through the same hub into PostgreSQL.
 * Knobs: BENCH_AGENTS, BENCH_RATES (comma-separated), BENCH_SECONDS, and BENCH_PORTAL_NODE_FLAGS
 * (e.g. "--max-semi-space-size=2" to trade GC time for memory, or "--cpu-prof").
 */
import { disconnectPortal } from "./disconnect-portal.ts";
import { randomBytes } from "node:crypto";
import { migrateDatabase } from "../../apps/portal/src/server/platform/database/migrate-database.ts";
import { createTestDatabase } from "../support/test-database.ts";
import { runLoad } from "./run-load.ts";
import { watchProcess } from "./process-usage.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { machineLoad, rssMb, rssSplitMb, round } from "./stats.ts";

const AGENTS = Number(process.env.BENCH_AGENTS ?? 1000);
/** The issue's rate (500/s) and a lighter one, to show latency below and at saturation. */
const RATES = (process.env.BENCH_RATES ?? "100,500").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const STREAM_PAGES = 400;
const STREAM_PAGE_BYTES = 256 * 1024;

const database = await createTestDatabase("erp_bridge_bench");
const cleanups: (() => Promise<unknown>)[] = [disconnectPortal, database.drop];
try {
  await migrateDatabase({ url: database.url });
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: randomBytes(32).toString("hex"),
    WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
  });
  const nodeFlags = process.env.BENCH_PORTAL_NODE_FLAGS?.split(" ").filter(Boolean);
  const portal = await startPortalProcess({ databaseUrl: database.url, nodeFlags });
  cleanups.unshift(() => portal.stop());
  const { connectAgents, takePhases, timeCommands, streamThroughRealAgent } = await import("./tunnel-phases.ts");

  const machineBefore = await machineLoad();
  const baselineRss = await rssMb(portal.pid);
  const baselineSplit = await rssSplitMb(portal.pid);
  const fleet = await connectAgents({ hubUrl: portal.hubUrl, count: AGENTS });
  cleanups.unshift(fleet.close);
  const idleRss = await rssMb(portal.pid);
  const idleSplit = await rssSplitMb(portal.pid);
  const loads = [];
  for (const rate of RATES) {
    // The load generator's CPU beside the portal's: this process enqueues, awaits and plays every agent.
    const usage = {
      portal: await watchProcess({ pid: portal.pid }),
      generator: await watchProcess({ pid: process.pid }),
    };
    const load = await runLoad({
      rate,
      seconds: SECONDS,
      sampleRss: () => rssMb(portal.pid),
      issue: (i) => timeCommands({ fleet, index: i }),
    });
    const cpuPercent = {
      portal: (await usage.portal.stop()).cpuPercent,
      generator: (await usage.generator.stop()).cpuPercent,
    };
    loads.push({ rate, load, phases: takePhases(fleet), cpuPercent });
  }
  const peakRss = Math.max(idleRss, ...loads.map(({ load }) => load.peakRss));
  const machineAfterLoads = await machineLoad();
  const stream = await streamThroughRealAgent({
    portalUrl: portal.url,
    pages: STREAM_PAGES,
    pageBytes: STREAM_PAGE_BYTES,
  });

  console.log(
    JSON.stringify(
      {
        bench: "tunnel",
        machine: { before: machineBefore, afterRoundTrips: machineAfterLoads },
        agents: AGENTS,
        portalRssMb: {
          beforeAgents: baselineRss,
          idleWithAgents: idleRss,
          peakUnderLoad: peakRss,
          target: "< 300",
          split: { beforeAgents: baselineSplit, idleWithAgents: idleSplit },
        },
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
          cpuPercentOfOneCore: cpuPercent,
        })),
        stream: { ...stream, target: ">= 50 MB/s" },
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
