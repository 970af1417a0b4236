import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { awaitCommand } from "../../apps/portal/src/server/agent-link/await-command.ts";
import { enqueueCommand } from "../../apps/portal/src/server/agent-link/enqueue-command.ts";
import { DATA_GROUPS } from "../../apps/portal/src/server/erp-data/sync/data-groups.ts";
import { eventually } from "../support/eventually.ts";
import { uniqueSuffix } from "../support/factories.ts";
import { round, rssMb } from "./stats.ts";

/** The agent executable as the service runs it (`service`: supervisor and agent) or alone (`run`). */
export function startExecutable(options: { executable: string; verb: "run" | "service"; config: string }) {
  const child = spawn(options.executable, [options.verb, "--config", options.config], {
    env: { PATH: process.env.PATH },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    child,
    stdout: () => stdout,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** From spawn to the agent's "connected" line: on its stdout (`run`), or in the service's log file. */
export async function coldStart(options: { executable: string; verb: "run" | "service"; config: string }) {
  const logFile = path.join(path.dirname(options.config), "logs/agent.log");
  const before = (await readFile(logFile, "utf8").catch(() => "")).length;
  const startedAt = performance.now();
  const agent = startExecutable(options);
  await eventually(
    async () => {
      const text = options.verb === "run" ? agent.stdout() : (await readFile(logFile, "utf8")).slice(before);
      return text.includes('"msg":"connected"') ? true : undefined;
    },
    { what: `${options.verb} connected`, intervalMs: 5, timeoutMs: 30_000 },
  );
  return { ms: Math.round(performance.now() - startedAt), agent };
}

/** The agent a supervisor runs: its only child. */
export async function childPid(child: ChildProcess): Promise<number> {
  const children = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, "utf8");
  const pid = Number(children.trim().split(/\s+/)[0]);
  if (!pid) throw new Error("the supervisor has no agent running");
  return pid;
}

/**
 * One full products read through the tunnel (pages acknowledged as the sync engine stores them), RSS
 * sampled; pages of the size the product sync asks for.
 */
export async function readAllProducts(options: { companyId: string; agentPid: number }) {
  let peak = await rssMb(options.agentPid);
  const sampler = setInterval(() => {
    void rssMb(options.agentPid).then((mb) => (peak = Math.max(peak, mb)));
  }, 100);
  const startedAt = performance.now();
  const command = await enqueueCommand({
    companyId: options.companyId,
    name: "erp.read",
    input: { resource: "products", cursor: null, pageSize: DATA_GROUPS.PRODUCTS.pageSize, maxPages: 1000 },
    idempotencyKey: `bench-read-${uniqueSuffix()}`,
  });
  const finished = await awaitCommand({ commandId: command.id, timeoutMs: 600_000 });
  clearInterval(sampler);
  if (finished.status !== "SUCCEEDED") throw new Error(`the read failed: ${finished.errorMessage}`);
  return { seconds: round((performance.now() - startedAt) / 1000), result: finished.result, peakRssMb: peak };
}
