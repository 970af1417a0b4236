import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";

/** A company's audit trail, newest first (staff only). */
export async function listAudit(options: { actor: TActor; companyId: string; limit?: number }) {
  requireStaff(options.actor);
  return getDb().auditEntry.findMany({
    where: { companyId: options.companyId },
    orderBy: { at: "desc" },
    take: Math.min(Math.max(1, options.limit ?? 100), 500),
  });
}
