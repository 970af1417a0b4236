import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { attachAgentHub } from "../../apps/portal/src/server/agent-link/attach-agent-hub.ts";
import { createAgent } from "../../apps/portal/src/server/admin/agents/create-agent.ts";
import { enrollAgent } from "../../apps/portal/src/server/agent-link/enroll-agent.ts";
import { AgentProcess } from "./agent-process.ts";
import { makeCompany, STAFF_ACTOR } from "./factories.ts";

/** The portal's agent hub on a loopback port, as the portal server attaches it (without Next). */
export async function startHub(): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const hub = await attachAgentHub({ server });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("hub server has no port");
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    async close() {
      await hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A company with an enrolled agent and its config file, ready for `agent run --config`. */
export async function enrolledAgent(options: {
  portalUrl: string;
  companyId?: string;
  erpUrl?: string;
  /** The config's "sfera" settings (the tests point bridgePath at the emulated bridge). */
  sfera?: object;
  /** More ERP connections beside the default one (erpUrl), as the config's "connections" lists them. */
  connections?: object[];
}) {
  const companyId = options.companyId ?? (await makeCompany()).id;
  const { enrollmentCode } = await createAgent({ actor: STAFF_ACTOR, companyId, name: "Test agent" });
  const { agentId, credential } = await enrollAgent({ code: enrollmentCode, hostname: "test", agentVersion: "test" });
  const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-agent-"));
  const config = path.join(dir, "agent.json");
  const file = {
    portalUrl: options.portalUrl,
    agentId,
    credential,
    journalDir: path.join(dir, "journal"),
    ...(options.erpUrl ? { erpUrl: options.erpUrl } : {}),
    ...(options.sfera ? { sfera: options.sfera } : {}),
    ...(options.connections ? { connections: options.connections } : {}),
  };
  await writeFile(config, JSON.stringify(file), { mode: 0o600 });
  const started: AgentProcess[] = [];
  return {
    companyId,
    agentId,
    config,
    journalDir: file.journalDir,
    /** Starts `agent run` with this config; stopped by cleanup(). */
    run(): AgentProcess {
      const agent = new AgentProcess({ args: ["run", "--config", config] });
      started.push(agent);
      return agent;
    },
    async cleanup() {
      await Promise.all(started.map((a) => a.stop("SIGKILL")));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
