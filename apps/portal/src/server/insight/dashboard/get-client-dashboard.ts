import { listAgents } from "../../admin/agents/list-agents.ts";
import { listAlerts } from "../alerts/list-alerts.ts";
import { watchNotes } from "../alerts/watch-notes.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { listSyncOverview } from "../../erp-data/sync/list-sync-overview.ts";
import { countOrders, NO_ORDERS } from "./count-orders.ts";

/**
 * One client's operations at a glance (staff): the (first) integration (null before it is set up),
 * the company's agents and their presence, each integration's enabled data groups' last sync (with
 * the groups a SYNC_LAG alert holds for now), the orders waiting for the ERP or refused by it and
 * today's, the alerts that hold now and the notes below them (no agent yet, a sync failing or never
 * done), of every integration, derived from the same rows as the cards.
 */
export async function getClientDashboard(options: { actor: TActor; companyId: string }) {
  const { actor } = options;
  requireStaff(actor);
  const company = await getCompany({ actor, companyId: options.companyId });
  const [overview, agents, orders, alerts] = await Promise.all([
    listSyncOverview({ actor, companyId: company.id }),
    listAgents({ actor, companyId: company.id }),
    countOrders({ companyId: company.id }),
    listAlerts({ actor, companyId: company.id }),
  ]);
  const integration = overview[0]?.integration ?? null;
  const integrations = overview[0]?.integrations ?? [];
  const agentId = integration?.agent?.id ?? null;
  const liveAgents = agents.filter((agent) => !agent.revokedAt);
  const counts = orders.get(company.id) ?? NO_ORDERS;
  return {
    company: { id: company.id, name: company.name },
    integration: integration && {
      id: integration.id,
      version: integration.version,
      updatedAt: integration.updatedAt,
      agentId,
    },
    agents: liveAgents.map((agent) => ({
      id: agent.id,
      name: agent.name,
      online: agent.online,
      lastSeenAt: agent.lastSeenAt,
      enrolledAt: agent.enrolledAt,
      revokedAt: agent.revokedAt,
      erpConfigured: agent.erpConfigured,
      erpReachable: agent.erpReachable,
      sferaHealth: agent.sferaHealth,
      inUse: integrations.some((i) => i.agent?.id === agent.id),
    })),
    syncs: integrations.map((each) => ({
      integration: { id: each.id, name: each.name },
      groups: each.groups.filter((group) => group.enabled),
      lagging: alerts
        .filter((alert) => alert.kind === "SYNC_LAG" && alert.integrationId === each.id)
        .map((alert) => alert.subject),
    })),
    orders: counts,
    alerts,
    notes: watchNotes({
      companies: [
        {
          ...company,
          integrations,
          agents: liveAgents.length,
          failedOrders: counts.failed,
          heldOrders: counts.held,
        },
      ],
      alerts,
    }),
  };
}

export type TClientDashboard = Awaited<ReturnType<typeof getClientDashboard>>;
