import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { agentScope } from "./agent-scope.ts";
import { AGENT_VIEW, toAgentView, type TAgentView } from "./agent-view.ts";

/** Staff see every agent (optionally one company's); a client user only their company's. */
export async function listAgents(options: { actor: TActor; companyId?: string; tx?: TTx }): Promise<TAgentView[]> {
  if (options.companyId !== undefined && !z.uuid().safeParse(options.companyId).success) return [];
  const db = options.tx ?? getDb();
  const rows = await db.agent.findMany({
    where: { AND: [agentScope(options.actor), options.companyId ? { companyId: options.companyId } : {}] },
    orderBy: [{ company: { name: "asc" } }, { name: "asc" }],
    select: AGENT_VIEW,
  });
  return rows.map(toAgentView);
}
