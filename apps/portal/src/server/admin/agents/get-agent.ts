import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { agentScope } from "./agent-scope.ts";
import { AGENT_VIEW, toAgentView, type TAgentView } from "./agent-view.ts";

/** Throws NOT_FOUND for a missing agent and for another tenant's, alike. */
export async function getAgent(options: { actor: TActor; agentId: string; tx?: TTx }): Promise<TAgentView> {
  if (!z.uuid().safeParse(options.agentId).success) throw notFound("agent");
  const db = options.tx ?? getDb();
  const row = await db.agent.findFirst({
    where: { AND: [{ id: options.agentId }, agentScope(options.actor)] },
    select: AGENT_VIEW,
  });
  if (!row) throw notFound("agent");
  return toAgentView(row);
}
