import type { TChannelDocument } from "@erp-bridge/shared";

/**
 * A document's payment state from its settlement (null without one). Overdue wins over partly paid:
 * it is what the customer must act on. A refund owed to the customer (negative amounts) is never
 * overdue from their side.
 */
export function paymentOf(options: {
  amount: number | null;
  open: number | null;
  dueDate: string | null;
  /** The shop's calendar day, YYYY-MM-DD: a settlement due today is not overdue. */
  today: string;
}): TChannelDocument["payment"] {
  const { amount, open, dueDate } = options;
  if (amount === null || open === null) return null;
  const state =
    open === 0
      ? "paid"
      : amount > 0 && dueDate !== null && dueDate < options.today
        ? "overdue"
        : Math.abs(open) < Math.abs(amount)
          ? "partly_paid"
          : "unpaid";
  return { state, amount, open, dueDate };
}
