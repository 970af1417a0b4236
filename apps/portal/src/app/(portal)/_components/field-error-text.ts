import { getTranslations } from "next-intl/server";
import { fieldProblemMessage, type TFieldErrors } from "@/server/platform/errors/field-problem.ts";

/** Field problems in the reader's language, by field, for a server component. */
export async function getFieldErrorTexts(): Promise<(errors: TFieldErrors) => Record<string, string[]>> {
  const t = await getTranslations();
  return (errors) =>
    Object.fromEntries(
      Object.entries(errors).map(([field, problems]) => [
        field,
        problems.map((problem) => fieldProblemMessage(problem, (key, params) => t(key, params))),
      ]),
    );
}
