import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { getDb } from "../../platform/database/db.ts";
import { ZIntegrationSettings } from "../../settings/integration-settings.ts";

const ZSaved = z.object({ version: z.number().int(), agentId: z.string().nullable(), settings: ZIntegrationSettings });

/**
 * Every saved version of a company's integration, oldest first, from the audit trail: each
 * save records the whole settings it wrote, so any two versions can be shown and compared.
 */
export async function listIntegrationVersions(options: { actor: TActor; companyId: string }) {
  requireStaff(options.actor);
  await getCompany({ actor: options.actor, companyId: options.companyId });
  const entries = await getDb().auditEntry.findMany({
    where: { companyId: options.companyId, entity: "integration" },
    orderBy: { at: "asc" },
    select: { at: true, actorEmail: true, after: true },
  });
  return entries.flatMap((entry) => {
    const saved = ZSaved.safeParse(entry.after);
    return saved.success ? [{ ...saved.data, savedAt: entry.at, savedBy: entry.actorEmail }] : [];
  });
}

export type TIntegrationVersion = Awaited<ReturnType<typeof listIntegrationVersions>>[number];
