import type { Integration } from "../../../generated/prisma/client.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { findCompanyIntegration } from "../../settings/company-integration.ts";

/** How an integration is picked from the company's: findCompanyIntegration's rule or the setup wizard's. */
type TFind = (options: { companyId: string; integrationId?: string | null; tx?: TTx }) => Promise<Integration | null>;

/**
 * How a staff read of one integration starts: staff only; the company must exist and be in reach
 * (else "not found"); then the integration `find` picks from the company's by the optional
 * `integrationId` (by default the one named, else the company's first; null when it has none),
 * read on the same connection (`tx` or the pool), which is returned for the reads that follow.
 */
export async function findStaffIntegration(options: {
  actor: TActor;
  companyId: string;
  integrationId?: string | null;
  tx?: TTx;
  find?: TFind;
}): Promise<{ db: TTx; integration: Integration | null }> {
  requireStaff(options.actor);
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  const find = options.find ?? findCompanyIntegration;
  const integration = await find({ companyId: options.companyId, integrationId: options.integrationId, tx: db });
  return { db, integration };
}
