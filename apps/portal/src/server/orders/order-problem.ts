import { createTranslator } from "next-intl";
import type { TProblem } from "@erp-bridge/shared";
import en from "../../../messages/en.json" with { type: "json" };
import { problemParams, type TProblemParams } from "../platform/errors/problem-params.ts";

/**
 * Why an order's ERP step stopped or waits, as a code and the values its words need. Stored on
 * the order (lastErrorCode, lastErrorParams) and its timeline; the pages put it into the reader's
 * language (messages "orders.erpError.<code>"), the channel API returns the code with English.
 */
export const ORDER_PROBLEM_CODES = [
  "noStock",
  "refusedLine",
  "refused",
  /** Subiekt refused a save through the Sfera writer: `reason` is Sfera's own message, verbatim. */
  "sferaRefused",
  "retrying",
  "deliveryUnmapped",
  "noShowroom",
  "noStore",
  "noAgent",
  /** The integration's agent did not report its ERP `connection` (issue 19): the order waits for it. */
  "connectionUnknown",
  "noSale",
  "returnGone",
  /** The integration leaves this document to Subiekt's operator: the order waits for it (not an error). */
  "awaitingErp",
  /** The agent's SQL writer would not issue a sale document on a real SQL Server: nobody chose it. */
  "sqlSalesNotChosen",
  /** Held for staff by the integration's credit rule (over the limit, overdue too long): not sent to the ERP. */
  "creditHold",
  /** The portal failed to record the order's step (`detail`: the error): looked at again after `seconds`. */
  "stepNotApplied",
  /** The order's integration (`integration`, its name) is read-only (Comarch ERP Optima): nothing is written there. */
  "erpReadOnly",
] as const;
export type TOrderProblemCode = (typeof ORDER_PROBLEM_CODES)[number];
export type TOrderProblem = { code: TOrderProblemCode; params: TProblemParams };

/** The order step an error concerns, as the messages' `select` names it. */
export type TProblemStep = "order" | "sale" | "cancel" | "return" | "transfer" | "other";

export function stepOf(erpStep: string): TProblemStep {
  if (erpStep === "create") return "order";
  if (erpStep === "sale" || erpStep === "cancel" || erpStep === "transfer") return erpStep;
  if (erpStep.startsWith("return:")) return "return";
  return "other";
}

/**
 * The agent's refusal in the order's words: a refusal of one line (its path `lines.N`) names the
 * line, counted from 1; one the portal has words for (noStock) keeps its code.
 */
export function refusalProblem(options: {
  step: TProblemStep;
  message: string;
  problem?: TProblem;
  /** The step went through the Sfera writer: a refusal not about one line is Subiekt's own. */
  sfera?: boolean;
}): TOrderProblem {
  const { problem } = options;
  const reason = String(problem?.params.reason ?? options.message);
  const line = /^lines\.(\d+)\b/.exec(problem?.path ?? "")?.[1];
  if (line !== undefined && problem?.code === "noStock") {
    return { code: "noStock", params: { ...problem.params, line: Number(line) + 1 } };
  }
  if (line !== undefined) return { code: "refusedLine", params: { line: Number(line) + 1, reason } };
  if (problem?.code === "sqlSalesNotChosen") return { code: "sqlSalesNotChosen", params: problem.params };
  return { code: options.sfera ? "sferaRefused" : "refused", params: { step: options.step, reason } };
}

const english = createTranslator({ locale: "en", messages: en, namespace: "orders.erpError" });

/** The problem in English: the channel API's message, and the timeline's text for older rows. */
export function orderProblemText(problem: TOrderProblem): string {
  return english(problem.code, problem.params);
}

/** What an order row stores for a problem. */
export function problemColumns(problem: TOrderProblem) {
  return { lastError: orderProblemText(problem), lastErrorCode: problem.code, lastErrorParams: problem.params };
}

export function isOrderProblemCode(code: string | null | undefined): code is TOrderProblemCode {
  return ORDER_PROBLEM_CODES.some((known) => known === code);
}

/**
 * A stored problem as pages show it: its code and values when it has a known code, else only the
 * words stored (rows older than codes, or a code this version has no words for).
 */
export function storedProblem(row: { code: string | null; params: unknown; text: string | null }) {
  const params = problemParams(row.params) ?? {};
  return isOrderProblemCode(row.code)
    ? { problem: { code: row.code, params } satisfies TOrderProblem, text: row.text ?? "" }
    : { problem: null, text: row.text ?? "" };
}
export type TStoredProblem = ReturnType<typeof storedProblem>;
