import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { DEFAULT_SETTINGS, readSettings } from "../../settings/integration-settings.ts";

/** A company's integration as staff edit it; a company without one gets the defaults, version 0. */
export async function getIntegration(options: { actor: TActor; companyId: string; tx?: TTx }) {
  requireStaff(options.actor);
  const db = options.tx ?? getDb();
  await getCompany({ actor: options.actor, companyId: options.companyId, tx: db });
  const row = await db.integration.findUnique({ where: { companyId: options.companyId } });
  if (!row)
    return {
      companyId: options.companyId,
      agentId: null,
      erpType: "SUBIEKT_GT",
      version: 0,
      settings: DEFAULT_SETTINGS,
    };
  return {
    companyId: row.companyId,
    agentId: row.agentId,
    erpType: row.erpType,
    version: row.version,
    settings: readSettings(row.settings),
  };
}

export type TIntegrationView = Awaited<ReturnType<typeof getIntegration>>;
