import { DEFAULT_CONNECTION } from "@erp-bridge/shared";
import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import { ZIntegrationSettings } from "../../settings/integration-settings.ts";
import { findCompanyIntegration } from "../../settings/company-integration.ts";

const ZSaved = z.object({
  version: z.number().int(),
  agentId: z.string().nullable(),
  /** Saves from before agent connections named none: they used the agent's default one. */
  agentConnection: z.string().default(DEFAULT_CONNECTION),
  settings: ZIntegrationSettings,
});

/**
 * Every saved version of one of a company's integrations (which must be the company's), oldest
 * first, from the audit trail: each save records the whole settings it wrote under the
 * integration's id, so any two versions of that integration can be shown and compared, and a
 * sibling integration's saves never mix in (issue 19).
 */
export async function listIntegrationVersions(options: { actor: TActor; companyId: string; integrationId: string }) {
  requireStaff(options.actor);
  // With an id, "not found" unless it is the company's: never null, and never undefined (which
  // Prisma would read as "no filter", every integration's saves).
  const integration = await findCompanyIntegration(options);
  if (!integration) return [];
  const entries = await getDb().auditEntry.findMany({
    where: { companyId: options.companyId, entity: "integration", entityId: integration.id },
    orderBy: { at: "asc" },
    select: { at: true, actorEmail: true, after: true },
  });
  return entries.flatMap((entry) => {
    const saved = ZSaved.safeParse(entry.after);
    return saved.success ? [{ ...saved.data, savedAt: entry.at, savedBy: entry.actorEmail }] : [];
  });
}

export type TIntegrationVersion = Awaited<ReturnType<typeof listIntegrationVersions>>[number];
