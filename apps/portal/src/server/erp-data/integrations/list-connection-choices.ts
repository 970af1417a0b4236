import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { agentConnections } from "./agent-connections.ts";

/**
 * What "Add integration", the wizard and an integration's settings offer (staff): each of the
 * company's agents still in use with the ERP connections it reported, and which integration already
 * uses each (refused for any other integration).
 */
export async function listConnectionChoices(options: { actor: TActor; companyId: string; tx?: TTx }) {
  requireStaff(options.actor);
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  const agents = await db.agent.findMany({
    where: { companyId: options.companyId, revokedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { integrations: { select: { id: true, name: true, agentConnection: true } } },
  });
  return agents.map((agent) => ({
    id: agent.id,
    name: agent.name,
    online: agent.online,
    connections: agentConnections(agent).map((connection) => {
      const user = agent.integrations.find((i) => i.agentConnection === connection.key);
      return { ...connection, usedBy: user?.name ?? null, usedById: user?.id ?? null };
    }),
  }));
}

export type TAgentConnectionChoice = Awaited<ReturnType<typeof listConnectionChoices>>[number];
