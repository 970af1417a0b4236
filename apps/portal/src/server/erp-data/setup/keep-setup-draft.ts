import type { Prisma } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";
import { isUniqueViolation } from "../../platform/errors/is-unique-violation.ts";

type TDraftValues = Omit<Prisma.SetupDraftUncheckedCreateInput, "id" | "companyId" | "integrationId" | "updatedAt">;

/**
 * Stores the draft of one integration's setup (`integrationId`; null: the company's new
 * integration), replacing the one kept so far. The company has one draft of a new integration
 * (a partial unique index): a colleague creating it at the same moment wins, and this writes over it.
 */
export async function keepSetupDraft(options: {
  companyId: string;
  integrationId: string | null;
  values: TDraftValues;
}): Promise<void> {
  const { companyId, integrationId, values } = options;
  const db = getDb();
  if (integrationId) {
    await db.setupDraft.upsert({
      where: { integrationId },
      create: { companyId, integrationId, ...values },
      update: values,
    });
    return;
  }
  const where = { companyId, integrationId: null };
  if ((await db.setupDraft.updateMany({ where, data: values })).count > 0) return;
  try {
    await db.setupDraft.create({ data: { companyId, integrationId: null, ...values } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await db.setupDraft.updateMany({ where, data: values });
  }
}

/** Drops the draft of one integration's setup once it is saved. */
export async function dropSetupDraft(options: { companyId: string; integrationId: string | null }): Promise<void> {
  await getDb().setupDraft.deleteMany({
    where: { companyId: options.companyId, integrationId: options.integrationId },
  });
}
