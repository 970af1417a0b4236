import type { TActor } from "../../platform/auth/actor.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { isUniqueViolation } from "../../platform/errors/is-unique-violation.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "./get-company.ts";
import { nipTaken, parseCompanyInput } from "./parse-company-input.ts";

export async function updateCompany(options: { actor: TActor; companyId: string; input: unknown; tx?: TTx }) {
  requireStaff(options.actor);
  const data = parseCompanyInput(options.input);
  try {
    return await inTransaction(options.tx, async (tx) => {
      await getCompany({ actor: options.actor, companyId: options.companyId, tx });
      return tx.company.update({
        where: { id: options.companyId },
        data: { name: data.name, nip: data.nip ?? null, email: data.email ?? null },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nipTaken();
    throw error;
  }
}
