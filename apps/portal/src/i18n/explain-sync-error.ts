/**
 * Why a sync run failed, as a message key and its values, read from the sentence the sync engine
 * stored (erp-data/sync/run-sync.ts) or the agent's answer (agent-link). Anything unknown (the
 * ERP's or the database's own words) is "other": a Polish sentence that quotes it as it came.
 */
export type TSyncErrorExplained = { key: string; values: Record<string, string> };

const RULES: [key: string, pattern: RegExp][] = [
  ["noAgent", /^No agent is assigned to this integration$/],
  ["agentOffline", /^The agent is offline$/],
  ["notPickedUp", /^The agent did not pick up the read: it is offline or busy$/],
  ["timedOut", /^(no result before the deadline|The ERP read ended timed_out)$/],
  ["cancelled", /^(cancelled|The ERP read ended cancelled)$/],
  ["noErp", /^No ERP connection configured$/],
];

export const SYNC_ERROR_KEYS = [...RULES.map(([key]) => key), "other"];

export function explainSyncError(message: string): TSyncErrorExplained {
  for (const [key, pattern] of RULES) {
    if (pattern.test(message)) return { key, values: {} };
  }
  return { key: "other", values: { detail: message } };
}
