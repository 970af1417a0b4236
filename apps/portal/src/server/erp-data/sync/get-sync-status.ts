import type { TActor } from "../../platform/auth/actor.ts";
import { DATA_GROUP_NAMES } from "./data-groups.ts";
import { storedSyncProblem } from "./sync-problem.ts";
import { findStaffIntegration } from "../integrations/find-staff-integration.ts";

const RECENT_RUNS = 30;

/**
 * One integration's sync at a glance (staff; the company's first unless `integrationId` names
 * another of its integrations): per data group its schedule, last success and last error, and the
 * recent runs newest first with their progress.
 */
export async function getSyncStatus(options: { actor: TActor; companyId: string; integrationId?: string | null }) {
  const { db, integration } = await findStaffIntegration(options);
  // No integration yet: nothing synced, every group without a state.
  const integrationId = integration?.id ?? null;
  const [states, rows] = await Promise.all([
    integrationId ? db.syncState.findMany({ where: { integrationId } }) : [],
    db.syncRun.findMany({
      where: { companyId: options.companyId, integrationId: integrationId ?? { in: [] } },
      orderBy: { createdAt: "desc" },
      take: RECENT_RUNS,
      omit: { commandId: true, chunk: true, appliedPages: true },
    }),
  ]);
  const runs = rows.map(({ errorCode, errorParams, errorMessage, ...run }) => ({
    ...run,
    failure: storedSyncProblem({ code: errorCode, params: errorParams, text: errorMessage }),
  }));
  const groups = DATA_GROUP_NAMES.map((group) => {
    const state = states.find((s) => s.group === group);
    return {
      group,
      nextRunAt: state?.nextRunAt ?? null,
      lastSuccessAt: state?.lastSuccessAt ?? null,
      lastError: state
        ? storedSyncProblem({ code: state.lastErrorCode, params: state.lastErrorParams, text: state.lastError })
        : null,
      lastErrorAt: state?.lastErrorAt ?? null,
      pending: runs.find((r) => r.group === group && (r.status === "QUEUED" || r.status === "RUNNING")) ?? null,
    };
  });
  return { groups, runs };
}

export type TSyncStatus = Awaited<ReturnType<typeof getSyncStatus>>;
