import { AppError } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

/** The unique (company, name) index answers for races too; say it in the form's words. */
export function channelNameTaken(): AppError {
  return new AppError({
    code: "CONFLICT",
    message: "channel name already used in this company",
    fieldErrors: { name: [fieldProblem("channelNameTaken")] },
  });
}
