import { getTranslations } from "next-intl/server";
import type { AppError } from "@/server/platform/errors/app-error.ts";
import { fieldProblemMessage } from "@/server/platform/errors/field-problem.ts";
import { formProblemMessage, type TFormProblem } from "@/server/platform/errors/form-problem.ts";
import { problemDetail } from "@/server/platform/errors/problem-params.ts";

/**
 * A refusal as a form shows it: `reason` in the reader's language, and the system's own words
 * (the agent's, a driver's) apart in `technical`, for <TechnicalDetail> to fold away.
 */
export type TRefusalWords = { reason: string; technical: string | null };

/** Form problems in the reader's language, for a server action or component. */
export async function getFormProblemText(): Promise<(problem: TFormProblem) => string> {
  const t = await getTranslations();
  return (problem) => formProblemMessage(problem, (key, params) => t(key, params));
}

/**
 * What a server action shows for a refused form, in the reader's language: the error's problem
 * code put into words, or its field problems' words when the form has no field to show them by;
 * an error raised with neither still says its English `userMessage`.
 */
export async function formErrorText(error: AppError): Promise<string> {
  if (error.problem) return (await getFormProblemText())(error.problem);
  if (!error.fieldErrors) return error.userMessage;
  const t = await getTranslations();
  return Object.values(error.fieldErrors)
    .flat()
    .map((problem) => fieldProblemMessage(problem, (key, params) => t(key, params)))
    .join("; ");
}

/** The refusal's words and, apart, its technical detail: for a form that shows both. */
export async function formErrorWords(error: AppError): Promise<TRefusalWords> {
  const problems = error.problem ? [error.problem] : Object.values(error.fieldErrors ?? {}).flat();
  const details = problems.map((problem) => problemDetail(problem.params)).filter((detail) => detail !== null);
  return { reason: await formErrorText(error), technical: details.length > 0 ? details.join("\n") : null };
}
