import { createTranslator } from "next-intl";
import en from "../../../../messages/en.json" with { type: "json" };
import { fieldProblemMessage, type TFieldProblem } from "./field-problem.ts";

const english = createTranslator({ locale: "en", messages: en });

/** The problem in English: the channel API's and the CLI's words, and logs'. */
export function fieldProblemText(problem: TFieldProblem): string {
  // Keys are built from codes at run time; the unit test checks every code has its words.
  return fieldProblemMessage(problem, (key, params) => english(key as "fieldErrors.required", params));
}
