import type { TTx } from "../platform/database/db.ts";

/**
 * How many of a company's orders the credit rule holds now. A change of the rule leaves them held:
 * each waits for staff to release or cancel it (a decision about one customer's credit), so the
 * settings save says how many stay held rather than releasing them itself.
 */
export async function countHeldOrders(options: { tx: TTx; companyId: string }): Promise<number> {
  return options.tx.order.count({ where: { companyId: options.companyId, erpState: "HELD" } });
}
