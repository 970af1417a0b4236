import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { companyScope } from "../../platform/auth/company-scope.ts";

export async function listCompanies(options: { actor: TActor; tx?: TTx }) {
  const db = options.tx ?? getDb();
  return db.company.findMany({
    where: companyScope(options.actor),
    orderBy: { name: "asc" },
    select: { id: true, name: true, nip: true, email: true, createdAt: true, _count: { select: { users: true } } },
  });
}
