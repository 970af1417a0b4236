import { getTranslations } from "next-intl/server";
import type { AppError } from "@/server/platform/errors/app-error.ts";
import { formProblemMessage, type TFormProblem } from "@/server/platform/errors/form-problem.ts";

/** Form problems in the reader's language, for a server action or component. */
export async function getFormProblemText(): Promise<(problem: TFormProblem) => string> {
  const t = await getTranslations();
  return (problem) => formProblemMessage(problem, (key, params) => t(key, params));
}

/**
 * What a server action shows for a refused form, in the reader's language: the error's problem
 * code put into words; an error raised without one still says its English `userMessage`.
 */
export async function formErrorText(error: AppError): Promise<string> {
  return error.problem ? (await getFormProblemText())(error.problem) : error.userMessage;
}
