import type { TActor } from "../../platform/auth/actor.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { isUniqueViolation } from "../../platform/errors/is-unique-violation.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { nipTaken, parseCompanyInput } from "./parse-company-input.ts";

export async function createCompany(options: { actor: TActor; input: unknown; tx?: TTx }) {
  requireStaff(options.actor);
  const data = parseCompanyInput(options.input);
  const db = options.tx ?? getDb();
  try {
    return await db.company.create({ data: { name: data.name, nip: data.nip ?? null, email: data.email ?? null } });
  } catch (error) {
    if (isUniqueViolation(error)) throw nipTaken();
    throw error;
  }
}
