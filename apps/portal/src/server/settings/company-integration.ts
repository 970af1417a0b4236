import { z } from "zod";
import type { Integration } from "../../generated/prisma/client.ts";
import type { TTx } from "../platform/database/db.ts";
import { getDb } from "../platform/database/db.ts";
import { notFound } from "../platform/errors/app-error.ts";

/**
 * One of a company's integrations (issue 19: a company may have several). With `integrationId`,
 * that one, and only if it belongs to the company: an id of another tenant's integration is "not
 * found", like any other's row. Without it, the company's first (by creation): what pages built
 * for one integration per company show until they let the user choose. Null when the company
 * has none (and no id was given).
 */
export async function findCompanyIntegration(options: {
  companyId: string;
  integrationId?: string | null;
  tx?: TTx;
}): Promise<Integration | null> {
  const db = options.tx ?? getDb();
  if (options.integrationId) {
    // An address's id that is no uuid names nothing, like an unknown one (not a database error).
    if (!z.uuid().safeParse(options.integrationId).success) throw notFound("integration");
    const row = await db.integration.findFirst({
      where: { id: options.integrationId, companyId: options.companyId },
    });
    if (!row) throw notFound("integration");
    return row;
  }
  return db.integration.findFirst({
    where: { companyId: options.companyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The ids of every integration of the company: company-wide reads (reports) sum over them. */
export async function companyIntegrationIds(options: { companyId: string; tx?: TTx }): Promise<string[]> {
  const rows = await (options.tx ?? getDb()).integration.findMany({
    where: { companyId: options.companyId },
    select: { id: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.id);
}
