import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { findAlerts } from "./find-alerts.ts";

/** The alerts that hold now, for staff: across clients, or one client's. */
export async function listAlerts(options: { actor: TActor; companyId?: string }) {
  requireStaff(options.actor);
  return findAlerts({ ...(options.companyId && { companyId: options.companyId }) });
}
