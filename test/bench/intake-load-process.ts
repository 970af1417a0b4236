/**
 * bench:intake's load generator, in a process of its own (intake-load.ts starts it): takes one task
 * over IPC, runs it, sends back its result and its own CPU, and exits.
 */
import http from "node:http";
import { orderBody } from "./order-body.ts";
import { percentile, round } from "./stats.ts";

export type TGeneratorTask = {
  url: string;
  headers: Record<string, string>;
  /** Request i posts orderBody(index i, `prefix`), every `largeEvery`-th with 20 lines, the rest 2. */
  orders: { skus: string[]; prefix: string; largeEvery: number };
  seconds: number;
} & ({ mode: "open"; ratePerSecond: number } | { mode: "closed"; clients: number });

export type TGeneratorResult = {
  sent: number;
  answered: number;
  failed: number;
  firstError: string | null;
  /** From the first request's start to the last answer, stragglers included. */
  elapsedSeconds: number;
  /** Each answered request, from its start to its answer, sorted. */
  latencies: number[];
  /** The generator itself: its CPU over the run, and (open loop) how late requests started. */
  generator: {
    cpuSeconds: number;
    cpuPercent: number;
    startLagP50Ms?: number;
    startLagP99Ms?: number;
    startLagMaxMs?: number;
    /** Started 99 % of requests within LAG_TOLERANCE_MS of their slots: if not, the rate was not offered. */
    keptSchedule?: boolean;
    /** Its nice value (intake-load.ts raises it; 0: the default, not raised). */
    priority?: number;
  };
};

/** A request started later than this behind its slot means the generator, not the server, set the pace. */
const LAG_TOLERANCE_MS = 10;
const MAX_SOCKETS = 256;

process.once("message", (task: TGeneratorTask) => {
  void run(task).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});

async function run(task: TGeneratorTask): Promise<TGeneratorResult> {
  // Keep-alive sockets, at most MAX_SOCKETS as a channel's client would hold: past that a request
  // waits for a socket, and the wait counts in its latency (it is timed from its slot). Unbounded,
  // a saturated portal made the generator open a connection for nearly every request, which cost
  // it most of its CPU (0.8 ms a request, against a trivial server on the loaded machine).
  const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const bodies = serializedOrders(task);
  const url = new URL(task.url);
  const latencies: number[] = [];
  let failed = 0;
  let sent = 0;
  let firstError: string | null = null;
  const post = (): Promise<void> => {
    const body = bodies(sent++);
    const started = performance.now();
    return new Promise<void>((resolve) => {
      const request = http.request(
        url,
        { method: "POST", agent, headers: { ...task.headers, "content-length": body.length } },
        (response) => {
          response.resume();
          response.once("end", () => {
            if (response.statusCode === 201 || response.statusCode === 200) latencies.push(performance.now() - started);
            else fail(`POST ${url.pathname}: ${response.statusCode}`);
            resolve();
          });
        },
      );
      request.once("error", (error) => {
        fail(String(error));
        resolve();
      });
      request.end(body);
    });
  };
  // 201 a new order, 200 one whose externalId came before; anything else is a failure.
  const fail = (reason: string) => {
    failed += 1;
    firstError ??= reason;
  };

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const lags = task.mode === "open" ? await openLoop(task, post, started) : await closedLoop(task, post, started);
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const sortedLags = lags?.sort((a, b) => a - b);
  return {
    sent,
    answered: latencies.length,
    failed,
    firstError,
    elapsedSeconds: elapsedMs / 1000,
    latencies: latencies.sort((a, b) => a - b),
    generator: {
      cpuSeconds: round(cpuSeconds, 2),
      cpuPercent: round((100 * cpuSeconds * 1000) / elapsedMs),
      ...(sortedLags && {
        startLagP50Ms: round(percentile(sortedLags, 50), 2),
        startLagP99Ms: round(percentile(sortedLags, 99), 2),
        startLagMaxMs: round(sortedLags.at(-1) ?? Number.NaN, 2),
        keptSchedule: percentile(sortedLags, 99) <= LAG_TOLERANCE_MS,
      }),
    },
  };
}

/**
 * Request i starts at `started + i / rate` whatever the answers (a closed loop would hide queueing);
 * a timer that fires late starts every request already due at once, and each one's lag behind its
 * slot is recorded.
 */
async function openLoop(task: TGeneratorTask & { mode: "open" }, post: () => Promise<void>, started: number) {
  const total = Math.round(task.ratePerSecond * task.seconds);
  const lags: number[] = [];
  const pending: Promise<void>[] = [];
  const due = (index: number) => started + (index * 1000) / task.ratePerSecond;
  for (let index = 0; index < total;) {
    const now = performance.now();
    while (index < total && due(index) <= now) {
      lags.push(now - due(index));
      pending.push(post());
      index += 1;
    }
    if (index < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, due(index) - performance.now())));
  }
  await Promise.all(pending);
  return lags;
}

/** `clients` callers each POSTing as soon as their last answer came: the most the server takes. */
async function closedLoop(task: TGeneratorTask & { mode: "closed" }, post: () => Promise<void>, started: number) {
  const until = started + task.seconds * 1000;
  await Promise.all(
    Array.from({ length: task.clients }, async () => {
      while (performance.now() < until) await post();
    }),
  );
  return undefined;
}

/**
 * The orders' bodies as bytes, serialized before the clock starts (all of an open loop's; for a
 * closed loop more than it has ever taken, the rest made when reached) so that building them is no
 * part of the pace.
 */
function serializedOrders(task: TGeneratorTask): (index: number) => Buffer {
  const { skus, prefix, largeEvery } = task.orders;
  const serialize = (index: number) => {
    const lines = index % largeEvery === largeEvery - 1 ? 20 : 2;
    return Buffer.from(JSON.stringify(orderBody({ skus, index, prefix, lines })));
  };
  const ready = task.mode === "open" ? Math.round(task.ratePerSecond * task.seconds) : task.seconds * 2_000;
  const made = Array.from({ length: ready }, (_, index) => serialize(index));
  return (index) => made[index] ?? serialize(index);
}
