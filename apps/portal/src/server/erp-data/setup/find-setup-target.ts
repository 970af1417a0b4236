import type { Integration } from "../../../generated/prisma/client.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import { findCompanyIntegration } from "../../settings/company-integration.ts";

/**
 * Which integration the wizard sets up (issue 19: a company may have several). An id names one of
 * the company's (another company's, or none, is "not found"); null sets up a new one. Absent: the
 * company's only integration, or a new one when it has none, as the wizard always did; with several
 * the caller must say which (the page asks), rather than the wizard guessing.
 */
export async function findSetupTarget(options: {
  companyId: string;
  integrationId?: string | null;
  tx?: TTx;
}): Promise<Integration | null> {
  const { companyId, integrationId } = options;
  if (integrationId === null) return null;
  if (integrationId !== undefined) {
    const row = integrationId === "" ? null : await findCompanyIntegration({ ...options, integrationId });
    if (!row) throw notFound("integration");
    return row;
  }
  const rows = await (options.tx ?? getDb()).integration.findMany({
    where: { companyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 2,
  });
  if (rows.length > 1) {
    throw new AppError({
      code: "CONFLICT",
      message: "setup of which integration: the company has several",
      userMessage: "Choose which integration to set up",
      problem: formProblem("chooseIntegration"),
    });
  }
  return rows[0] ?? null;
}
