import type { TStoredProblem } from "@/server/orders/order-problem.ts";

type TTranslate = (key: string, values?: Record<string, string | number>) => string;

/** An ERP step's problem in the reader's words (`t` of the "orders" messages); without a code, as stored. */
export function erpErrorText(t: TTranslate, stored: TStoredProblem): string {
  return stored.problem ? t(`erpError.${stored.problem.code}`, stored.problem.params) : stored.text;
}
