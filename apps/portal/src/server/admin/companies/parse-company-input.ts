import { AppError } from "../../platform/errors/app-error.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { ZCompanyInput, type TCompanyInput } from "./company-input.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

export function parseCompanyInput(input: unknown): TCompanyInput {
  return parseInput({ schema: ZCompanyInput, input });
}

/** The unique NIP index answers for races too; say it in the form's words. */
export function nipTaken(): AppError {
  return new AppError({
    code: "CONFLICT",
    message: "company NIP already registered",
    fieldErrors: { nip: [fieldProblem("nipTaken")] },
  });
}
