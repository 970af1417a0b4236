import type { TProblemParams } from "./problem-params.ts";

/**
 * Why a whole form's action was refused (not one field's value), as a code (messages
 * "formErrors.<code>") and the values its words need. An AppError carries one beside its English
 * `message` (logs) and `userMessage` (the channel API); pages translate the code.
 */
export const FORM_PROBLEM_CODES = [
  "notFound",
  // a live question to the company's agent (the setup wizard, the integration editor, sync)
  "agentGone",
  "agentOffline",
  /** The agent `name` did not answer, or failed: `detail` is its own words. */
  "agentNoAnswer",
  /** The ERP could not be read for a dictionary: `detail` is the agent's words. */
  "erpUnreadable",
  "noAgentAssigned",
  /** The agent `name` did not report the ERP `connection` an integration uses (issue 19). */
  "agentConnectionUnknown",
  /** The channel's integration's ERP is read-only (issue 19): orders are refused. */
  "erpReadOnly",
  // saving over someone else's change, steps out of order
  "integrationChanged",
  "earlierStepFirst",
  /** The setup wizard was not told which of the company's several integrations it sets up. */
  "chooseIntegration",
  // orders and channels
  "overpayment",
  "noSaleDocument",
  "channelDisabled",
  // agent updates
  "agentNotInstalled",
  "noAgentBuild",
  "agentUpToDate",
  "updateRunning",
  "updateInstalling",
] as const;
export type TFormProblemCode = (typeof FORM_PROBLEM_CODES)[number];
export type TFormProblem = { code: TFormProblemCode; params: TProblemParams };

export function formProblem(code: TFormProblemCode, params: TProblemParams = {}): TFormProblem {
  return { code, params };
}

/** The message key and values a form problem reads as. */
export function formProblemMessage(
  problem: TFormProblem,
  translate: (key: string, params?: TProblemParams) => string,
): string {
  return translate(`formErrors.${problem.code}`, problem.params);
}
