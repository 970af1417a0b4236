import { runLiveCommand } from "../../agent-link/run-live-command.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getAgent } from "./get-agent.ts";

const PING_TIMEOUT_MS = 10_000;

export type TPingResult =
  { ok: true; roundTripMs: number } | { ok: false; reason: "OFFLINE" | "REVOKED" | "NO_ANSWER" };

/**
 * "Test connection": an echo through the whole path (outbox, hub, agent dispatcher, result).
 * An offline agent is answered at once rather than queued: a ping is only worth it live. Staff only
 * (a client gets NOT_FOUND, as for a missing page).
 */
export async function pingAgent(options: { actor: TActor; agentId: string }): Promise<TPingResult> {
  requireStaff(options.actor);
  const agent = await getAgent(options);
  if (agent.revokedAt) return { ok: false, reason: "REVOKED" };
  if (!agent.online) return { ok: false, reason: "OFFLINE" };
  const started = performance.now();
  const answer = await runLiveCommand({
    companyId: agent.companyId,
    agentId: agent.id,
    name: "diagnostics.echo",
    input: { text: "ping" },
    purpose: "ping",
    timeoutMs: PING_TIMEOUT_MS,
  });
  if (answer.ok) return { ok: true, roundTripMs: Math.round(performance.now() - started) };
  return { ok: false, reason: "NO_ANSWER" };
}
