import type { Prisma } from "../../../generated/prisma/client.ts";
import { formatDay } from "./report-period.ts";

/** What the contractor report reads of a customer in the ERP copy. */
export const CONTRACTOR_TERMS = {
  erpId: true,
  code: true,
  name: true,
  nip: true,
  creditLimit: true,
  paymentDays: true,
  balance: true,
  overdueAmount: true,
  oldestOverdueDueDate: true,
} satisfies Prisma.ErpCustomerSelect;

type TTermsRow = Prisma.ErpCustomerGetPayload<{ select: typeof CONTRACTOR_TERMS }>;

/**
 * A customer's terms and settlements as numbers and a day; balance and overdue are null when the
 * connector does not read the ERP's settlements (or the last customers sync predates it).
 */
export function toContractorTerms(row: TTermsRow) {
  const amount = (value: Prisma.Decimal | null) => (value === null ? null : Number(value));
  return {
    creditLimit: Number(row.creditLimit),
    paymentDays: row.paymentDays,
    balance: amount(row.balance),
    overdue: amount(row.overdueAmount),
    oldestOverdueDueDate: row.oldestOverdueDueDate === null ? null : formatDay(row.oldestOverdueDueDate),
  };
}
