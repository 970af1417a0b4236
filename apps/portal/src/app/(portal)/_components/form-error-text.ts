import { getTranslations } from "next-intl/server";
import type { AppError } from "@/server/platform/errors/app-error.ts";
import { formProblemMessage } from "@/server/platform/errors/form-problem.ts";

/**
 * What a server action shows for a refused form, in the reader's language: the error's problem
 * code put into words; an error raised without one still says its English `userMessage`.
 */
export async function formErrorText(error: AppError): Promise<string> {
  if (!error.problem) return error.userMessage;
  const t = await getTranslations();
  return formProblemMessage(error.problem, (key, params) => t(key, params));
}
