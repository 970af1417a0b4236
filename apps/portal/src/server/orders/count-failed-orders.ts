import type { OrderErpState } from "../../generated/prisma/client.ts";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { getDb } from "../platform/database/db.ts";

/** The error queue: orders the ERP refused, and orders the credit rule held; both wait for staff. */
export const ERROR_QUEUE_STATES: OrderErpState[] = ["FAILED", "HELD"];

/** How many orders wait for staff in the error queue. */
export async function countFailedOrders(options: { actor: TActor }): Promise<number> {
  requireStaff(options.actor);
  return getDb().order.count({ where: { erpState: { in: ERROR_QUEUE_STATES } } });
}
