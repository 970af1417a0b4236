import type { TTx } from "../../platform/database/db.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

/** A new integration's name is not one of the company's other integrations' (unique per company). */
export async function requireUnusedName(options: { db: TTx; companyId: string; name: string }): Promise<void> {
  const named = await options.db.integration.findFirst({
    where: { companyId: options.companyId, name: options.name },
    select: { id: true },
  });
  if (named) throw invalidInput({ name: [fieldProblem("integrationNameTaken")] });
}
