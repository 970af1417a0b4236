/**
 * npm run bench:tunnel-statements — prints one JSON document.
 *
 * The portal's own part of an echo's round trip, in this process: the claim that sends a command
 * and the statement that stores its outcome, in groups as bench:tunnel's 500/s brings them (a few
 * connections per statement). Figures per round trip: this process's CPU time and the bytes it
 * allocated (V8's heap, summed over its collections), which a busy machine changes less than it
 * changes latencies (the garbage is what the portal's memory peak under load is made of: README,
 * "Portal memory under load"). The enqueues are outside the measurement. Knobs: BENCH_AGENTS,
 * BENCH_ROUNDS, BENCH_GROUP.
 */
import { GCProfiler } from "node:v8";
import { benchDatabases } from "./bench-databases.ts";
import { machineLoad, round } from "./stats.ts";

const AGENTS = Number(process.env.BENCH_AGENTS ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
/** Connections whose claims (and then outcomes) share one statement. */
const GROUP = Number(process.env.BENCH_GROUP ?? 5);

const { cleanups } = await benchDatabases("statements");
try {
  const { makeEnrolledAgent } = await import("../support/agent-factories.ts");
  const { enqueueCommand } = await import("../../apps/portal/src/server/agent-link/enqueue-command.ts");
  const { claimCommands } = await import("../../apps/portal/src/server/agent-link/commands/claim-commands.ts");
  const { finishCommand } = await import("../../apps/portal/src/server/agent-link/commands/finish-command.ts");

  type TAgent = Awaited<ReturnType<typeof makeEnrolledAgent>>;
  const agents: TAgent[] = [];
  for (let i = 0; i < AGENTS; i++) agents.push(await makeEnrolledAgent());
  const claim = async (agent: TAgent) => {
    const { commands } = await claimCommands({ agentId: agent.agentId, exclude: [] });
    return commands;
  };
  const finish = (agentId: string, commandId: string) =>
    finishCommand({
      agentId,
      commandId,
      name: "diagnostics.echo",
      pages: 0,
      outcome: { ok: true, result: { text: "pong", agentTime: new Date().toISOString() } },
    });

  let cpuMicros = 0;
  let allocated = 0;
  let elapsed = 0;
  let roundTrips = 0;
  for (let r = 0; r < ROUNDS; r++) {
    await Promise.all(
      agents.map((agent, i) =>
        enqueueCommand({ ...agent, name: "diagnostics.echo", input: { text: "ping" }, idempotencyKey: `s-${r}-${i}` }),
      ),
    );
    const profiler = new GCProfiler();
    profiler.start();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (let g = 0; g < agents.length; g += GROUP) {
      const group = agents.slice(g, g + GROUP);
      const claimed = await Promise.all(group.map(claim));
      const outcomes = group.flatMap((agent, i) => (claimed[i] ?? []).map((c) => finish(agent.agentId, c.id)));
      const finished = await Promise.all(outcomes);
      roundTrips += finished.filter((f) => f.finished).length;
    }
    elapsed += performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    cpuMicros += cpu.user + cpu.system;
    const heapAfter = process.memoryUsage().heapUsed;
    const collected = (profiler.stop()?.statistics ?? []).reduce(
      (sum, gc) => sum + Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize),
      0,
    );
    allocated += heapAfter - heapBefore + collected;
  }
  if (roundTrips !== AGENTS * ROUNDS) throw new Error(`${roundTrips} of ${AGENTS * ROUNDS} round trips finished`);
  console.log(
    JSON.stringify(
      {
        bench: "tunnel-statements",
        machine: await machineLoad(),
        roundTrips,
        connectionsPerStatement: GROUP,
        perRoundTrip: {
          cpuMs: round(cpuMicros / 1000 / roundTrips, 3),
          allocatedKb: round(allocated / 1024 / roundTrips, 1),
          // Both statements' wall time, which the machine's load inflates.
          elapsedMs: round(elapsed / roundTrips, 2),
        },
        target: "lower is better; the echo p99 < 20 ms at 500/s and RSS < 300 MB (bench:tunnel) are what it serves",
      },
      null,
      2,
    ),
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(String(error)));
}
