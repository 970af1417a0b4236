import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { AgentProcess } from "../support/agent-process.ts";

/** A further ERP connection in the agent's config file (issue 19: one agent, several ERPs). */
export type TAgentConnectionConfig = { key: string; erpType: "subiekt-gt" | "optima"; erpUrl: string };

/**
 * What the client's administrator does with the code staff gave them: enroll the agent, put
 * the ERP address in its own config file (it never leaves the server), with any further
 * `connections`, and run it until it connects. `remove` stops it and deletes its files.
 */
export async function installAgent(options: {
  portalUrl: string;
  code: string;
  erpUrl: string;
  connections?: TAgentConnectionConfig[];
}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-agent-"));
  const config = path.join(dir, "agent.json");
  let running: AgentProcess | undefined;
  const remove = async () => {
    await running?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const enroll = new AgentProcess({
      args: ["enroll", "--portal", options.portalUrl, "--code", options.code, "--config", config],
    });
    const exitCode = await enroll.exited;
    if (exitCode !== 0) throw new Error(`agent enroll exited with ${exitCode}`);
    const enrolled = z.looseObject({ agentId: z.uuid() }).parse(JSON.parse(await readFile(config, "utf8")));
    await writeFile(config, JSON.stringify({ ...enrolled, erpUrl: options.erpUrl, connections: options.connections }), {
      mode: 0o600,
    });
    running = new AgentProcess({ args: ["run", "--config", config] });
    await running.waitFor((log) => log.msg === "connected");
    return { agentId: enrolled.agentId, stop: () => running?.stop(), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

export type TInstalledAgent = Awaited<ReturnType<typeof installAgent>>;
