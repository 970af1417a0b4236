import http from "node:http";
import { attachAgentHub, type TAgentHub } from "../../apps/portal/src/server/agent-link/attach-agent-hub.ts";
import { createAgent } from "../../apps/portal/src/server/admin/agents/create-agent.ts";
import { enrollAgent } from "../../apps/portal/src/server/agent-link/enroll-agent.ts";
import { createBus, type TBus } from "../../apps/portal/src/server/agent-link/bus/create-bus.ts";
import { hashSecret } from "../../apps/portal/src/server/agent-link/agent-secrets.ts";
import { markAgentOffline } from "../../apps/portal/src/server/agent-link/presence/mark-agent-offline.ts";
import { markAgentOnline } from "../../apps/portal/src/server/agent-link/presence/mark-agent-online.ts";
import { DEFAULT_CONNECTION, type TErpConnectionStatus } from "@erp-bridge/shared";
import { hello } from "../integration/agent-hub/test-agent.ts";
import { makeCompany, STAFF_ACTOR, uniqueSuffix } from "./factories.ts";

/** A company's agent with its one-time enrollment code (not yet enrolled). */
export async function makeAgent(options: { companyId?: string; name?: string } = {}) {
  const companyId = options.companyId ?? (await makeCompany()).id;
  const created = await createAgent({ actor: STAFF_ACTOR, companyId, name: options.name ?? `Agent ${uniqueSuffix()}` });
  return { companyId, agent: created.agent, enrollmentCode: created.enrollmentCode };
}

/** An enrolled agent: its id, company and bearer credential. */
export async function makeEnrolledAgent(options: { companyId?: string } = {}) {
  const made = await makeAgent(options);
  const enrolled = await enrollAgent({ code: made.enrollmentCode, hostname: "erp-server", agentVersion: "0.0.0-test" });
  return { agentId: enrolled.agentId, companyId: made.companyId, credential: enrolled.credential };
}

/**
 * An enrolled agent that connected once, reported its ERP connections in its hello (by default head
 * office's Subiekt GT only) and went away, stored as the hub stores a real agent's handshake and
 * close: an integration can only be given a connection its agent reported. For tests without a
 * hub (offline, as makeEnrolledAgent's); with one, the real agent reports itself.
 */
export async function makeReportingAgent(
  options: { companyId?: string; connections?: Pick<TErpConnectionStatus, "key" | "erpType">[] } = {},
) {
  const enrolled = await makeEnrolledAgent(options);
  const erp = { configured: true, reachable: true, message: "ok", checkedAt: new Date().toISOString() };
  const connections = (options.connections ?? [{ key: DEFAULT_CONNECTION, erpType: "subiekt-gt" }]).map((c) => ({
    ...c,
    erp,
  }));
  const connectionId = crypto.randomUUID();
  const online = await markAgentOnline({
    agentId: enrolled.agentId,
    credentialHash: hashSecret(enrolled.credential),
    connectionId,
    hello: hello({ connections }),
  });
  if (!online) throw new Error("the enrolled agent's hello was refused");
  await markAgentOffline({ agentId: enrolled.agentId, connectionId });
  return enrolled;
}

export type TTestHub = { url: string; hub: TAgentHub; bus: TBus; close: () => Promise<void> };

/** The hub on a plain HTTP server (no Next) on a free loopback port, with its own bus listener (or `bus`, closed with it). */
export async function startTestHub(
  options: { sweepMs?: number; heartbeatMs?: number; catchUpMs?: number; bus?: TBus } = {},
): Promise<TTestHub> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const { bus = createBus(), ...settings } = options;
  const hub = await attachAgentHub({ server, bus, settings });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("hub server has no port");
  return {
    url: `ws://127.0.0.1:${address.port}/agent/v1`,
    hub,
    bus,
    async close() {
      await hub.close();
      await bus.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Resolves with the next presence event for the agent, or fails after 5 s. */
export function nextPresence(options: { bus: TBus; agentId: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no presence event for ${options.agentId} within 5 s`));
    }, 5_000);
    const stop = options.bus.subscribe("agent-presence", (event) => {
      if (event.agentId !== options.agentId) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}
