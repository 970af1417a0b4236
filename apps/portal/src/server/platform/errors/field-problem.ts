import type { TProblemParams } from "./problem-params.ts";

/**
 * Why a field's value was refused, as a code (messages "fieldErrors.<code>") and the values its
 * words need. zod's own checks map to the first group (zod-issue-problem.ts); the rest are the
 * domain's, raised by its checks or by a schema's refinement as `params: { code }`.
 */
export const FIELD_PROBLEM_CODES = [
  // zod's checks
  "required",
  "invalid",
  "choose",
  "number",
  "wholeNumber",
  "atLeast",
  "moreThan",
  "atMost",
  "lessThan",
  "tooShort",
  "tooLong",
  "exactLength",
  "atLeastItems",
  "atMostItems",
  "email",
  "url",
  "date",
  "unknownField",
  "decimals",
  // integration settings and the setup wizard
  "erpMastered",
  "notShowroom",
  "listedTwice",
  "paymentKind",
  /** Sale documents left to Subiekt's operator while the documents sync is off. */
  "saleDocumentsNeedSync",
  /** Orders held on credit while the customers sync (balances, overdue amounts) is off. */
  "creditHoldsNeedSync",
  /** Orders held on credit with neither the limit nor the overdue days checked. */
  "creditHoldsNoRule",
  /** A product custom field's API name: letters, digits and _, from a letter, up to 40. */
  "apiFieldName",
  "noWarehouse",
  "noVatRate",
  "noUnit",
  "chooseAgentForErp",
  "chooseAgent",
  "agentNotOurs",
  /** Another integration of the agent already uses that ERP connection (issue 19). */
  "agentConnectionTaken",
  /** The agent (`name`) did not report that ERP connection in its last hello or status. */
  "agentConnectionNotReported",
  /** The connection serves another ERP type (`code`, the wire name) than the one chosen. */
  "agentConnectionOtherErp",
  /** The wizard's data group flows to a read-only ERP (Optima): only ERP → portal is allowed. */
  "erpReadOnlyDirection",
  /** A wizard step the chosen ERP type does not go through (Optima: no order steps). */
  "stepNotForErp",
  /** Another integration (`name`) already uses that connection of the agent. */
  "agentConnectionUsedBy",
  /** Another integration of the company already has that name. */
  "integrationNameTaken",
  "agentNotConnected",
  "agentNoErp",
  "agentErpDown",
  "noStore",
  "noCodes",
  "unknownSku",
  "unknownEan",
  "unsellable",
  "sampleCode",
  "sampleDelivery",
  "samplePayment",
  "sampleGone",
  /** The sample order's dry run was refused: `cause` names the refusal's message, the rest are its values. */
  "sampleRefused",
  /** The write preflight's `document` was refused by the ERP with `detail` (its own words). */
  "preflightRefused",
  // companies, users, channels, agents
  "nip",
  "nipTaken",
  "emailTaken",
  "channelNameTaken",
  /** A channel's warehouse `id` that its integration's (`integration`) ERP does not have. */
  "noWarehouseInIntegration",
  /** A channel's price `level` that its integration's (`integration`) ERP does not have. */
  "noPriceLevelInIntegration",
  /** A channel moved to a read-only integration while `count` of its orders still wait for ERP work. */
  "channelOrdersInFlight",
  "webhookUrlFirst",
  "updateWindowEmpty",
  "unknownCommand",
  // orders through the channel API and staff's order pages
  "notJson",
  "unknownParameter",
  "notOurToken",
  "notOurCursor",
  "notWithProducts",
  "externalIdReused",
  "invoiceNip",
  "invoiceCompany",
  "totalMismatch",
  "unknownProduct",
  "productWithdrawn",
  "noCustomerPrice",
  "notOnOrder",
  "stillDue",
  "statusNotAllowed",
  "unknownStatus",
  "complaintResolved",
  // reports
  "toBeforeFrom",
  "atMostFiveYears",
  "tooManyDays",
  /** A report filter by one ERP's own id (warehouse, group, customer) while several ERP sources are read. */
  "needsSource",
] as const;
export type TFieldProblemCode = (typeof FIELD_PROBLEM_CODES)[number];
export type TFieldProblem = { code: TFieldProblemCode; params: TProblemParams };

/** Field problems by the field's path (`settings.vatMapping.0.erpVatRateId`; `_` for the whole input). */
export type TFieldErrors = Record<string, TFieldProblem[]>;

export function fieldProblem(code: TFieldProblemCode, params: TProblemParams = {}): TFieldProblem {
  return { code, params };
}

export function isFieldProblemCode(code: unknown): code is TFieldProblemCode {
  return FIELD_PROBLEM_CODES.some((known) => known === code);
}

/**
 * The message key and values a problem reads as. A `cause` param is itself a message key (another
 * domain's problem, e.g. "orders.erpError.noStock") whose words, with the same values, are `reason`.
 */
export function fieldProblemMessage(
  problem: TFieldProblem,
  translate: (key: string, params?: TProblemParams) => string,
): string {
  const { cause, ...params } = problem.params;
  if (typeof cause === "string") params.reason = translate(cause, params);
  return translate(`fieldErrors.${problem.code}`, params);
}
