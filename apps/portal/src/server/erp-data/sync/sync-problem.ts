import { createTranslator } from "next-intl";
import { ZProblem } from "@erp-bridge/shared";
import en from "../../../../messages/en.json" with { type: "json" };
import { problemDetail, problemParams, type TProblemParams } from "../../platform/errors/problem-params.ts";

/**
 * Why a sync run failed, as a code and the values its words need. Stored on the run and its data
 * group (errorCode/errorParams, lastErrorCode/lastErrorParams) beside English words for logs; the
 * pages put it into the reader's language (messages "syncErrors.<code>").
 */
export const SYNC_PROBLEM_CODES = [
  "noAgent",
  "agentOffline",
  "notPickedUp",
  /** The integration's agent did not report its ERP `connection` (issue 19): its config lacks it, or it is older. */
  "connectionUnknown",
  "timedOut",
  "cancelled",
  /** The agent has no ERP connection configured. */
  "noErp",
  /** The agent could not reach the ERP: `detail` is the driver's words. */
  "erpUnavailable",
  /** The agent's read failed otherwise: `detail` is its message. */
  "readFailed",
  /** Storing a page in the cloud copy failed: `detail` is the portal's own error. */
  "applyFailed",
] as const;
export type TSyncProblemCode = (typeof SYNC_PROBLEM_CODES)[number];
export type TSyncProblem = { code: TSyncProblemCode; params: TProblemParams };

/** A failure the engine expects (the agent away, the read refused): no stack trace is logged. */
export class SyncFailure extends Error {
  readonly problem: TSyncProblem;

  constructor(problem: TSyncProblem) {
    super(syncProblemText(problem));
    this.name = "SyncFailure";
    this.problem = problem;
  }
}

/** Why an erp.read command that did not succeed ended, from its status and the agent's codes. */
export function readProblem(command: {
  status: string;
  errorCode: string | null;
  errorMessage: string | null;
  errorProblem: unknown;
}): TSyncProblem {
  const told = ZProblem.safeParse(command.errorProblem);
  if (told.success && told.data.code === "noErp") return { code: "noErp", params: {} };
  if (command.status === "TIMED_OUT") return { code: "timedOut", params: {} };
  if (command.status === "CANCELLED") return { code: "cancelled", params: {} };
  const detail = command.errorMessage ?? command.errorCode ?? command.status;
  if (command.errorCode === "ERP_UNAVAILABLE") return { code: "erpUnavailable", params: { detail } };
  return { code: "readFailed", params: { detail } };
}

const english = createTranslator({ locale: "en", messages: en, namespace: "syncErrors" });

/**
 * The problem in English: what logs and the stored words column hold. The words say what went
 * wrong; the driver's or the portal's own message (`detail`) follows them for whoever reads logs.
 */
export function syncProblemText(problem: TSyncProblem): string {
  const words = english(problem.code, problem.params);
  return problem.params.detail === undefined ? words : `${words} Detail: ${problem.params.detail}`;
}

export function isSyncProblemCode(code: string | null | undefined): code is TSyncProblemCode {
  return SYNC_PROBLEM_CODES.some((known) => known === code);
}

/**
 * A stored failure as pages show it: its code and values, or (rows older than codes, a code this
 * version has no words for) only the words stored, which pages show to staff as written.
 */
export function storedSyncProblem(row: { code: string | null; params: unknown; text: string | null }) {
  if (row.text === null && row.code === null) return null;
  const problem = isSyncProblemCode(row.code) ? { code: row.code, params: problemParams(row.params) ?? {} } : null;
  return { problem, text: row.text ?? "" };
}
export type TStoredSyncProblem = NonNullable<ReturnType<typeof storedSyncProblem>>;

/** A stored failure's technical words (the driver's, the portal's), which pages keep out of the sentence. */
export function syncProblemDetail(failure: TStoredSyncProblem): string | null {
  if (!failure.problem) return failure.text || null;
  return problemDetail(failure.problem.params);
}
