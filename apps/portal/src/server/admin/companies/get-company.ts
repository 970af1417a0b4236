import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { companyScope } from "../../platform/auth/company-scope.ts";

/** Throws NOT_FOUND for a missing company and for another tenant's, alike. */
export async function getCompany(options: { actor: TActor; companyId: string; tx?: TTx }) {
  if (!z.uuid().safeParse(options.companyId).success) throw notFound("company");
  const db = options.tx ?? getDb();
  const company = await db.company.findFirst({
    where: { AND: [{ id: options.companyId }, companyScope(options.actor)] },
    select: { id: true, name: true, nip: true, email: true, createdAt: true, updatedAt: true },
  });
  if (!company) throw notFound("company");
  return company;
}
