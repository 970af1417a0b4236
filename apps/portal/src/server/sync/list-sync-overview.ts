import type { TActor } from "../auth/actor.ts";
import { requireStaff } from "../companies/company-scope.ts";
import { getDb } from "../db.ts";
import { readSettings } from "../integrations/integration-settings.ts";
import { DATA_GROUP_NAMES, DATA_GROUPS } from "./data-groups.ts";

/**
 * Every client's integration at a glance (staff only): its agent's presence and, per data group,
 * whether it is on, its last success and last error, and a run in progress if there is one.
 */
export async function listSyncOverview(options: { actor: TActor }) {
  requireStaff(options.actor);
  const db = getDb();
  const [companies, pending] = await Promise.all([
    db.company.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        integration: {
          select: {
            version: true,
            updatedAt: true,
            settings: true,
            agent: { select: { id: true, name: true, online: true, enrolledAt: true, revokedAt: true } },
          },
        },
        syncStates: {
          select: { group: true, nextRunAt: true, lastSuccessAt: true, lastError: true, lastErrorAt: true },
        },
      },
    }),
    db.syncRun.findMany({
      where: { status: { in: ["QUEUED", "RUNNING"] } },
      select: { companyId: true, group: true, status: true, done: true, total: true },
    }),
  ]);
  return companies.map((company) => {
    const settings = company.integration ? readSettings(company.integration.settings) : null;
    return {
      id: company.id,
      name: company.name,
      integration: company.integration && {
        version: company.integration.version,
        updatedAt: company.integration.updatedAt,
        agent: company.integration.agent,
      },
      groups: DATA_GROUP_NAMES.map((group) => {
        const state = company.syncStates.find((s) => s.group === group);
        return {
          group,
          enabled: settings?.dataGroups[DATA_GROUPS[group].key].enabled ?? false,
          nextRunAt: state?.nextRunAt ?? null,
          lastSuccessAt: state?.lastSuccessAt ?? null,
          lastError: state?.lastError ?? null,
          lastErrorAt: state?.lastErrorAt ?? null,
          pending: pending.find((r) => r.companyId === company.id && r.group === group) ?? null,
        };
      }),
    };
  });
}

export type TSyncOverview = Awaited<ReturnType<typeof listSyncOverview>>;
