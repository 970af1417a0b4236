import type { TActor } from "../auth/actor.ts";
import { requireStaff } from "../companies/company-scope.ts";
import { getDb } from "../db.ts";

/** How many orders wait for staff because the ERP refused a step (the error queue). */
export async function countFailedOrders(options: { actor: TActor }): Promise<number> {
  requireStaff(options.actor);
  return getDb().order.count({ where: { erpState: "FAILED" } });
}
