import { createTranslator } from "next-intl";
import en from "../../../../messages/en.json" with { type: "json" };
import { fieldProblemMessage, type TFieldProblem } from "./field-problem.ts";
import { problemDetail } from "./problem-params.ts";

const english = createTranslator({ locale: "en", messages: en });

/**
 * The problem in English: the channel API's and the CLI's words, and logs'. The system's own words
 * (`detail`) follow the sentence for whoever reads them, as a sync problem's do.
 */
export function fieldProblemText(problem: TFieldProblem): string {
  // Keys are built from codes at run time; the unit test checks every code has its words.
  const words = fieldProblemMessage(problem, (key, params) => english(key as "fieldErrors.required", params));
  const detail = problemDetail(problem.params);
  return detail === null ? words : `${words} Detail: ${detail}`;
}
