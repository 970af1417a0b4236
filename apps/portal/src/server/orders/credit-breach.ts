import type { TCreditHolds } from "../settings/integration-settings.ts";
import type { TOrderProblem } from "./order-problem.ts";

/** A customer's credit as the cloud copy has it (amounts in PLN; null: the ERP's settlements are not read). */
export type TCustomerCredit = {
  creditLimit: number;
  balance: number | null;
  overdueAmount: number | null;
  /** The earliest due date of what is overdue, a calendar day (YYYY-MM-DD). */
  oldestOverdueDueDate: string | null;
};

const DAY_MS = 86_400_000;
/** The shop's calendar, as the ERP's due dates are days of it. */
const SHOP_TIME_ZONE = "Europe/Warsaw";

const cents = (amount: number) => Math.round(amount * 100);

/** Whole days from `dueDay` to the shop's today: 1 the day after the due date. */
export function daysOverdue(dueDay: string, now: Date): number {
  const today = now.toLocaleDateString("sv-SE", { timeZone: SHOP_TIME_ZONE });
  return Math.round((Date.parse(today) - Date.parse(dueDay)) / DAY_MS);
}

/**
 * Why an order of `total` should be held for staff under the integration's rule (when it holds:
 * the caller looks at `policy`), or null when it may go. Over the limit: the balance plus the order would exceed the credit limit. Subiekt's
 * limit of 0 is taken as "no limit set" (its default on every customer; uncertain: it may mean
 * "no credit" where kh_PlatOdroczone is off, which the copy does not read). Overdue: something
 * is overdue more than `overdueDays` days. What the copy does not know (settlements not read)
 * holds nothing: a hold must name a reason staff can check.
 */
export function creditBreach(options: {
  rule: TCreditHolds;
  customer: TCustomerCredit;
  total: number;
  now: Date;
}): TOrderProblem | null {
  const { rule, customer, total } = options;
  const balance = customer.balance;
  const overLimit =
    rule.overLimit &&
    balance !== null &&
    customer.creditLimit > 0 &&
    cents(balance) + cents(total) > cents(customer.creditLimit);
  const overdueDays =
    customer.oldestOverdueDueDate === null ? 0 : daysOverdue(customer.oldestOverdueDueDate, options.now);
  const overdue = rule.overdueDays !== null && (customer.overdueAmount ?? 0) > 0 && overdueDays > rule.overdueDays;
  if (!overLimit && !overdue) return null;
  return {
    code: "creditHold",
    params: {
      overLimit: overLimit ? "yes" : "no",
      balance: balance ?? 0,
      total,
      limit: customer.creditLimit,
      overdue: overdue ? "yes" : "no",
      overdueAmount: customer.overdueAmount ?? 0,
      overdueDays,
      allowedDays: rule.overdueDays ?? 0,
    },
  };
}
