import type { TStoredSyncProblem } from "../../erp-data/sync/sync-problem.ts";
import type { TAlert } from "./find-alerts.ts";

/**
 * What holds now below the alerts' thresholds (or before anything can be alerted): the facts that
 * keep "no alerts" from reading as "all is well". Derived from the same rows the dashboard's cards
 * and the sync pages show, so the panels never contradict each other.
 */
export type TWatchNote =
  | { kind: "noAgent"; companyId: string; company: string }
  | { kind: "notConfigured"; companyId: string; company: string }
  | { kind: "agentOffline"; companyId: string; company: string; agent: string }
  | { kind: "agentNeverConnected"; companyId: string; company: string; agent: string }
  | { kind: "syncFailing"; companyId: string; company: string; group: string; problem: TStoredSyncProblem }
  | { kind: "neverSynced"; companyId: string; company: string; group: string; running: boolean }
  | { kind: "errorQueue"; companyId: string; company: string; count: number }
  | { kind: "creditHolds"; companyId: string; company: string; count: number };

export type TWatchedCompany = {
  id: string;
  name: string;
  /** Agents the company has (revoked ones left out); unknown where a page does not read them. */
  agents?: number;
  integration: {
    agent: { name: string; online: boolean; enrolledAt: Date | null; revokedAt: Date | null } | null;
  } | null;
  groups: {
    group: string;
    enabled: boolean;
    lastSuccessAt: Date | null;
    lastError: TStoredSyncProblem | null;
    lastErrorAt: Date | null;
    pending: unknown;
  }[];
  /** Orders the ERP refused (in the error queue), where the page counts them. */
  failedOrders?: number;
  /** Orders the credit rule held (in the error queue too), where the page counts them. */
  heldOrders?: number;
};

/** A group's last run failed: its error is newer than its last success (or it never succeeded). */
function failing(group: TWatchedCompany["groups"][number]): group is typeof group & { lastError: TStoredSyncProblem } {
  if (!group.lastError) return false;
  return !group.lastSuccessAt || !group.lastErrorAt || group.lastErrorAt >= group.lastSuccessAt;
}

/** The notes for each company, leaving out what an alert already says. */
export function watchNotes(options: { companies: TWatchedCompany[]; alerts: TAlert[] }): TWatchNote[] {
  const alerted = (companyId: string, kind: TAlert["kind"], subject?: string) =>
    options.alerts.some((a) => a.companyId === companyId && a.kind === kind && (!subject || a.subject === subject));
  return options.companies.flatMap((company): TWatchNote[] => {
    const base = { companyId: company.id, company: company.name };
    const agent = company.integration?.agent;
    if (company.agents === 0 || (company.integration && (!agent || agent.revokedAt)))
      return [{ kind: "noAgent", ...base }];
    if (!company.integration) return [{ kind: "notConfigured", ...base }];
    const notes: TWatchNote[] = [];
    if (agent && !agent.enrolledAt) notes.push({ kind: "agentNeverConnected", ...base, agent: agent.name });
    else if (agent && !agent.online && !alerted(company.id, "AGENT_OFFLINE", agent.name)) {
      notes.push({ kind: "agentOffline", ...base, agent: agent.name });
    }
    for (const group of company.groups.filter((g) => g.enabled)) {
      if (failing(group)) notes.push({ kind: "syncFailing", ...base, group: group.group, problem: group.lastError });
      else if (!group.lastSuccessAt && !alerted(company.id, "SYNC_LAG", group.group)) {
        notes.push({ kind: "neverSynced", ...base, group: group.group, running: Boolean(group.pending) });
      }
    }
    if (company.failedOrders && !alerted(company.id, "ERROR_QUEUE")) {
      notes.push({ kind: "errorQueue", ...base, count: company.failedOrders });
    }
    if (company.heldOrders && !alerted(company.id, "CREDIT_HOLD")) {
      notes.push({ kind: "creditHolds", ...base, count: company.heldOrders });
    }
    return notes;
  });
}
