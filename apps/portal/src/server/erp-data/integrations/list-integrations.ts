import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import type { ErpType } from "../../../generated/prisma/client.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { erpTakesOrders } from "../../settings/erp-type.ts";
import { readSettings } from "../../settings/integration-settings.ts";
import { DATA_GROUPS, DATA_GROUP_NAMES } from "../sync/data-groups.ts";
import { agentConnections } from "./agent-connections.ts";

/**
 * Sync health of one integration: `failing` when a data group's last error is newer than its last
 * success, `never` when an enabled group has not succeeded yet, else `ok`; `off` with none enabled.
 */
export type TSyncHealth = "ok" | "failing" | "never" | "off";

/**
 * Every integration of a company (staff), oldest first, as the client's page lists them: its ERP
 * type and whether it takes orders, the agent and connection it uses with that connection's state
 * as the agent last reported it, and its sync health.
 */
export async function listIntegrations(options: { actor: TActor; companyId: string; tx?: TTx }) {
  requireStaff(options.actor);
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  const rows = await db.integration.findMany({
    where: { companyId: options.companyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      agent: {
        select: {
          id: true,
          name: true,
          online: true,
          revokedAt: true,
          erpConnections: true,
          erpConfigured: true,
          erpReachable: true,
          erpMessage: true,
        },
      },
      syncStates: { select: { group: true, lastSuccessAt: true, lastErrorAt: true } },
    },
  });
  return rows.map((row) => {
    const connection = row.agent
      ? (agentConnections(row.agent).find((c) => c.key === row.agentConnection) ?? null)
      : null;
    return {
      id: row.id,
      name: row.name,
      erpType: row.erpType,
      readOnly: !erpTakesOrders(row.erpType),
      version: row.version,
      agent: row.agent && { id: row.agent.id, name: row.agent.name, online: row.agent.online && !row.agent.revokedAt },
      agentConnection: row.agentConnection,
      /** Null: the agent did not report this connection (or there is no agent). */
      connection,
      syncHealth: syncHealth(row.settings, row.syncStates),
    };
  });
}

export type TIntegrationSummary = Awaited<ReturnType<typeof listIntegrations>>[number];

function syncHealth(
  stored: unknown,
  states: { group: string; lastSuccessAt: Date | null; lastErrorAt: Date | null }[],
): TSyncHealth {
  const settings = readSettings(stored);
  const enabled = DATA_GROUP_NAMES.filter((group) => settings.dataGroups[DATA_GROUPS[group].key].enabled);
  if (enabled.length === 0) return "off";
  const of = enabled.map((group) => states.find((s) => s.group === group));
  const failing = of.some((s) => s?.lastErrorAt && (!s.lastSuccessAt || s.lastErrorAt > s.lastSuccessAt));
  if (failing) return "failing";
  return of.some((s) => !s?.lastSuccessAt) ? "never" : "ok";
}

/**
 * Every client's integrations by company (staff), in one query: the integrations overview names
 * each of a client's ERPs beside the client.
 */
export async function listIntegrationsByCompany(options: { actor: TActor; tx?: TTx }) {
  requireStaff(options.actor);
  const rows = await (options.tx ?? getDb()).integration.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, companyId: true, name: true, erpType: true },
  });
  const byCompany = new Map<string, { id: string; name: string; erpType: ErpType; readOnly: boolean }[]>();
  for (const row of rows) {
    const list = byCompany.get(row.companyId) ?? [];
    list.push({ id: row.id, name: row.name, erpType: row.erpType, readOnly: !erpTakesOrders(row.erpType) });
    byCompany.set(row.companyId, list);
  }
  return byCompany;
}
