import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import { readSettings } from "../../settings/integration-settings.ts";
import { DATA_GROUP_NAMES, DATA_GROUPS } from "./data-groups.ts";
import { storedSyncProblem } from "./sync-problem.ts";

/**
 * Every client's integrations at a glance (staff only), or one client's with `companyId`: each
 * one's agent's presence and, per data group, whether it is on, its last run, last success and
 * last error, when it is due next, and a run in progress if there is one. `integration` and
 * `groups` are the first one's, for the pages that show one per client.
 */
export async function listSyncOverview(options: { actor: TActor; companyId?: string }) {
  requireStaff(options.actor);
  if (options.companyId !== undefined && !z.uuid().safeParse(options.companyId).success) return [];
  const db = getDb();
  const companies = await db.company.findMany({
    where: options.companyId === undefined ? {} : { id: options.companyId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      integrations: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          name: true,
          version: true,
          updatedAt: true,
          settings: true,
          agent: { select: { id: true, name: true, online: true, enrolledAt: true, revokedAt: true } },
        },
      },
      syncStates: {
        select: {
          integrationId: true,
          group: true,
          nextRunAt: true,
          lastRunId: true,
          lastSuccessAt: true,
          lastError: true,
          lastErrorCode: true,
          lastErrorParams: true,
          lastErrorAt: true,
        },
      },
    },
  });
  const lastRunIds = companies.flatMap((c) => c.syncStates.flatMap((s) => (s.lastRunId ? [s.lastRunId] : [])));
  // The runs in progress and each group's last finished run, in one read.
  const runs = await db.syncRun.findMany({
    where: {
      ...(options.companyId !== undefined && { companyId: options.companyId }),
      OR: [{ status: { in: ["QUEUED", "RUNNING"] } }, { id: { in: lastRunIds } }],
    },
    select: { id: true, integrationId: true, group: true, status: true, done: true, total: true, finishedAt: true },
  });
  const byId = new Map(runs.map((run) => [run.id, run]));
  const pending = new Map(
    runs
      .filter((r) => r.status === "QUEUED" || r.status === "RUNNING")
      .map((r) => [`${r.integrationId}:${r.group}`, r]),
  );
  type TCompanyRow = (typeof companies)[number];
  // Without an integration every group is off and never ran.
  const groupsOf = (company: TCompanyRow, integration: TCompanyRow["integrations"][number] | undefined) => {
    const settings = integration ? readSettings(integration.settings) : null;
    return DATA_GROUP_NAMES.map((group) => {
      const state = company.syncStates.find((s) => s.integrationId === integration?.id && s.group === group);
      const lastRun = state?.lastRunId ? byId.get(state.lastRunId) : undefined;
      return {
        group,
        enabled: settings?.dataGroups[DATA_GROUPS[group].key].enabled ?? false,
        nextRunAt: state?.nextRunAt ?? null,
        lastSuccessAt: state?.lastSuccessAt ?? null,
        lastError: state
          ? storedSyncProblem({ code: state.lastErrorCode, params: state.lastErrorParams, text: state.lastError })
          : null,
        lastErrorAt: state?.lastErrorAt ?? null,
        lastRun: lastRun ? { status: lastRun.status, finishedAt: lastRun.finishedAt } : null,
        pending: pending.get(`${integration?.id}:${group}`) ?? null,
      };
    });
  };
  return companies.map((company) => {
    const integrations = company.integrations.map((integration) => ({
      id: integration.id,
      name: integration.name,
      version: integration.version,
      updatedAt: integration.updatedAt,
      agent: integration.agent,
      groups: groupsOf(company, integration),
    }));
    const [first] = integrations;
    return {
      id: company.id,
      name: company.name,
      integration: first
        ? { id: first.id, version: first.version, updatedAt: first.updatedAt, agent: first.agent }
        : null,
      groups: first?.groups ?? groupsOf(company, undefined),
      integrations,
    };
  });
}

export type TSyncOverview = Awaited<ReturnType<typeof listSyncOverview>>;
