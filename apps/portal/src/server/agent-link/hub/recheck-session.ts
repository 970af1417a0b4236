import { CLOSE_CODES } from "@erp-bridge/shared";
import { getDb } from "../../platform/database/db.ts";
import type { AgentSession } from "./agent-session.ts";

/**
 * After a "disconnect" or "replace" order, the database decides which connection survives:
 * one whose credential is no longer the agent's closes with 4003 (revoked or re-enrolled),
 * one that is no longer the agent's current connection with 4008 (replaced, maybe on
 * another process). Deciding from the rows makes crossing orders between processes safe.
 */
export async function recheckSession(session: AgentSession): Promise<void> {
  const agent = await getDb().agent.findUnique({
    where: { id: session.agentId },
    select: { credentialHash: true, revokedAt: true, connectionId: true },
  });
  if (!agent || agent.revokedAt || agent.credentialHash !== session.credentialHash) {
    return session.close(CLOSE_CODES.REVOKED, "credential revoked or replaced");
  }
  if (session.state === "open" && agent.connectionId !== session.connectionId) {
    session.close(CLOSE_CODES.REPLACED, "replaced by a newer connection");
  }
}
