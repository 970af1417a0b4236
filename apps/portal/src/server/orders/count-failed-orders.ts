import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { getDb } from "../platform/database/db.ts";

/** How many orders wait for staff because the ERP refused a step (the error queue). */
export async function countFailedOrders(options: { actor: TActor }): Promise<number> {
  requireStaff(options.actor);
  return getDb().order.count({ where: { erpState: "FAILED" } });
}
