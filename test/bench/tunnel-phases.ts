import { awaitCommand } from "../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { createAgent } from "../../apps/portal/src/server/admin/agents/create-agent.ts";
import { enrollAgent } from "../../apps/portal/src/server/agent-link/enroll-agent.ts";
import { makeCompany, STAFF_ACTOR } from "../support/factories.ts";
import { enrolledAgent } from "../support/tunnel-harness.ts";
import { SimulatedAgent } from "./simulated-agent.ts";
import { percentile, round } from "./stats.ts";

type TFleetAgent = { agentId: string; companyId: string; sim: SimulatedAgent };
/**
 * Where each round trip's time went, in ms, all read on this process's clock: `enqueue` until
 * enqueueCommand returned (insert, commit, announcement), `delivery` from then until the agent
 * had the command (the portal hearing of it, its claim, the send), `outcome` from then until
 * awaitCommand returned (the agent's answer, the portal storing and announcing it, this process
 * hearing of it and reading the row).
 */
export type TRoundTripPhases = { enqueue: number[]; delivery: number[]; outcome: number[] };
export type TFleet = {
  agents: TFleetAgent[];
  close: () => Promise<void>;
  /** When each command in flight reached its agent (performance.now()). */
  arrivals: Map<string, number>;
  phases: TRoundTripPhases;
};

/** One company per agent, as in production; enrolled through the domain, connected in waves. */
export async function connectAgents(options: { hubUrl: string; count: number; reconnect?: boolean }): Promise<TFleet> {
  const agents: TFleetAgent[] = [];
  const arrivals = new Map<string, number>();
  const onCommand = (commandId: string, at: number) => void arrivals.set(commandId, at);
  for (let i = 0; i < options.count; i++) {
    const company = await makeCompany();
    const { enrollmentCode } = await createAgent({ actor: STAFF_ACTOR, companyId: company.id, name: `bench-${i}` });
    const { agentId, credential } = await enrollAgent({
      code: enrollmentCode,
      hostname: "bench",
      agentVersion: "bench",
    });
    agents.push({
      agentId,
      companyId: company.id,
      sim: new SimulatedAgent({ hubUrl: options.hubUrl, credential, reconnect: options.reconnect, onCommand }),
    });
  }
  for (let i = 0; i < agents.length; i += 50) {
    await Promise.all(agents.slice(i, i + 50).map((a) => connectWithRetries(a.sim, options.reconnect ?? false)));
  }
  return {
    agents,
    close: async () => agents.forEach((a) => a.sim.close()),
    arrivals,
    phases: { enqueue: [], delivery: [], outcome: [] },
  };
}

/**
 * A few attempts, as the real agent reconnects: on a loaded machine a hello can miss its deadline.
 * An agent that reconnects by itself is waited for instead (a second attempt would race its own).
 */
async function connectWithRetries(sim: SimulatedAgent, reconnects: boolean, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sim.connect();
    } catch (error) {
      if (reconnects) return waitForConnection(sim, error);
      if (attempt >= attempts) throw error;
    }
  }
}

async function waitForConnection(sim: SimulatedAgent, cause: unknown): Promise<void> {
  const until = performance.now() + 30_000;
  while (!sim.connected) {
    if (performance.now() > until) throw cause;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let sequence = 0;

/** Enqueue → stored result for one echo command, in milliseconds. */
export async function timeCommands(options: { fleet: TFleet; index: number }): Promise<number> {
  const agent = options.fleet.agents[options.index % options.fleet.agents.length];
  if (!agent) throw new Error("empty fleet");
  const started = performance.now();
  const command = await enqueueCommand({
    companyId: agent.companyId,
    agentId: agent.agentId,
    name: "diagnostics.echo",
    input: { text: "ping" },
    idempotencyKey: `bench-${process.pid}-${sequence++}`,
    timeoutMs: 30_000,
  });
  const enqueued = performance.now();
  const finished = await awaitCommand({ commandId: command.id, timeoutMs: 30_000 });
  if (finished.status !== "SUCCEEDED") throw new Error(`command ${finished.status}`);
  const done = performance.now();
  const arrived = options.fleet.arrivals.get(command.id);
  options.fleet.arrivals.delete(command.id);
  if (arrived !== undefined) {
    options.fleet.phases.enqueue.push(enqueued - started);
    options.fleet.phases.delivery.push(arrived - enqueued);
    options.fleet.phases.outcome.push(done - arrived);
  }
  return done - started;
}

/** p50 / p95 / p99 of each phase recorded since the last call, which starts them afresh. */
export function takePhases(fleet: TFleet) {
  const summary = Object.fromEntries(
    Object.entries(fleet.phases).map(([phase, samples]) => {
      const sorted = [...samples].sort((a, b) => a - b);
      const pick = (p: number) => round(percentile(sorted, p));
      return [phase, { p50: pick(50), p95: pick(95), p99: pick(99) }];
    }),
  );
  fleet.phases = { enqueue: [], delivery: [], outcome: [] };
  return summary;
}

/** The real agent program streams synthetic pages; each is stored in PostgreSQL and acknowledged. */
export async function streamThroughRealAgent(options: { portalUrl: string; pages: number; pageBytes: number }) {
  const agent = await enrolledAgent({ portalUrl: options.portalUrl });
  try {
    const running = agent.run();
    await running.waitFor((log) => log.msg === "connected");
    const started = performance.now();
    const command = await enqueueCommand({
      companyId: agent.companyId,
      name: "diagnostics.stream",
      input: { pages: options.pages, pageBytes: options.pageBytes },
      idempotencyKey: `bench-stream-${process.pid}`,
      timeoutMs: 300_000,
    });
    const finished = await awaitCommand({ commandId: command.id, timeoutMs: 300_000 });
    const seconds = (performance.now() - started) / 1000;
    if (finished.status !== "SUCCEEDED") throw new Error(`stream ${finished.status}: ${finished.errorMessage}`);
    // MiB for the size (400 pages of 256 KiB: 100 MiB), MB (10^6 bytes) for the rate the target states.
    const bytes = options.pages * options.pageBytes;
    return {
      pages: options.pages,
      pageBytes: options.pageBytes,
      mebibytes: round(bytes / 1024 / 1024),
      seconds: round(seconds, 2),
      megabytesPerSecond: round(bytes / 1e6 / seconds),
      mebibytesPerSecond: round(bytes / 1024 / 1024 / seconds),
    };
  } finally {
    await agent.cleanup();
  }
}
