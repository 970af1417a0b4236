import type { TStoredSyncProblem } from "../../erp-data/sync/sync-problem.ts";
import type { TAlert } from "./find-alerts.ts";

/** Which integration a note concerns, by name, when the company has several; null with one. */
type TNamed = { integration: string | null };
/** A sync note: its integration's id too (its sync page). */
type TSyncNamed = TNamed & { companyId: string; company: string; integrationId: string };

/**
 * What holds now below the alerts' thresholds (or before anything can be alerted): the facts that
 * keep "no alerts" from reading as "all is well". Derived from the same rows the dashboard's cards
 * and the sync pages show, so the panels never contradict each other.
 */
export type TWatchNote =
  | { kind: "noAgent"; companyId: string; company: string }
  | { kind: "notConfigured"; companyId: string; company: string }
  /** One of several integrations has no agent (the others do). */
  | ({ kind: "integrationNoAgent"; companyId: string; company: string } & TNamed)
  /** `integration`: the names of the integrations the agent serves, when the company has several. */
  | ({ kind: "agentOffline"; companyId: string; company: string; agent: string } & TNamed)
  | ({ kind: "agentNeverConnected"; companyId: string; company: string; agent: string } & TNamed)
  | ({ kind: "syncFailing"; group: string; problem: TStoredSyncProblem } & TSyncNamed)
  | ({ kind: "neverSynced"; group: string; running: boolean } & TSyncNamed)
  | { kind: "errorQueue"; companyId: string; company: string; count: number }
  | { kind: "creditHolds"; companyId: string; company: string; count: number };

type TWatchedAgent = { id: string; name: string; online: boolean; enrolledAt: Date | null; revokedAt: Date | null };

/** One of a company's integrations as the notes read it. */
export type TWatchedIntegration = {
  id: string;
  name: string;
  agent: TWatchedAgent | null;
  groups: {
    group: string;
    enabled: boolean;
    lastSuccessAt: Date | null;
    lastError: TStoredSyncProblem | null;
    lastErrorAt: Date | null;
    pending: unknown;
  }[];
};

export type TWatchedCompany = {
  id: string;
  name: string;
  /** Agents the company has (revoked ones left out); unknown where a page does not read them. */
  agents?: number;
  /** Oldest first; none before the first is saved. */
  integrations: TWatchedIntegration[];
  /** Orders the ERP refused (in the error queue), where the page counts them. */
  failedOrders?: number;
  /** Orders the credit rule held (in the error queue too), where the page counts them. */
  heldOrders?: number;
};

type TGroup = TWatchedIntegration["groups"][number];

/** A group's last run failed: its error is newer than its last success (or it never succeeded). */
function failing(group: TGroup): group is TGroup & { lastError: TStoredSyncProblem } {
  if (!group.lastError) return false;
  return !group.lastSuccessAt || !group.lastErrorAt || group.lastErrorAt >= group.lastSuccessAt;
}

const live = (agent: TWatchedAgent | null): agent is TWatchedAgent => agent !== null && agent.revokedAt === null;

/**
 * The notes for each company, leaving out what an alert already says. With several integrations
 * each note names the one it concerns; an agent is noted once, however many of them it serves.
 */
export function watchNotes(options: { companies: TWatchedCompany[]; alerts: TAlert[] }): TWatchNote[] {
  const alerted = (companyId: string, kind: TAlert["kind"], subject?: string, integrationId?: string) =>
    options.alerts.some(
      (a) =>
        a.companyId === companyId &&
        a.kind === kind &&
        (!subject || a.subject === subject) &&
        (!integrationId || a.integrationId === null || a.integrationId === integrationId),
    );
  return options.companies.flatMap((company): TWatchNote[] => {
    const base = { companyId: company.id, company: company.name };
    const { integrations } = company;
    const several = integrations.length > 1;
    const nameOf = (integration: TWatchedIntegration) => (several ? integration.name : null);
    if (company.agents === 0 || (integrations.length > 0 && !integrations.some((i) => live(i.agent)))) {
      return [{ kind: "noAgent", ...base }];
    }
    if (integrations.length === 0) return [{ kind: "notConfigured", ...base }];
    const notes: TWatchNote[] = [];
    const agents = new Map<string, { agent: TWatchedAgent; serves: string[] }>();
    for (const integration of integrations) {
      if (!live(integration.agent)) {
        notes.push({ kind: "integrationNoAgent", ...base, integration: integration.name });
        continue;
      }
      const seen = agents.get(integration.agent.id) ?? { agent: integration.agent, serves: [] };
      seen.serves.push(integration.name);
      agents.set(integration.agent.id, seen);
    }
    for (const { agent, serves } of agents.values()) {
      const integration = several ? serves.join(", ") : null;
      if (!agent.enrolledAt) notes.push({ kind: "agentNeverConnected", ...base, agent: agent.name, integration });
      else if (!agent.online && !alerted(company.id, "AGENT_OFFLINE", agent.name)) {
        notes.push({ kind: "agentOffline", ...base, agent: agent.name, integration });
      }
    }
    for (const integration of integrations) {
      for (const group of integration.groups.filter((g) => g.enabled)) {
        const named = { ...base, group: group.group, integration: nameOf(integration), integrationId: integration.id };
        if (failing(group)) notes.push({ kind: "syncFailing", ...named, problem: group.lastError });
        else if (!group.lastSuccessAt && !alerted(company.id, "SYNC_LAG", group.group, integration.id)) {
          notes.push({ kind: "neverSynced", ...named, running: Boolean(group.pending) });
        }
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
