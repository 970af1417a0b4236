import { errorText, log } from "../log.ts";
import { AppError, httpStatusFor } from "../errors/app-error.ts";
import type { TFieldErrors } from "../errors/field-problem.ts";
import { fieldProblemText } from "../errors/field-problem-text.ts";

/** An API answer before it is put on the wire (by Next, or by the custom server's own routes). */
export type TApiAnswer = { status: number; body: unknown; headers: Record<string, string> };

/** The one shape of an API error: AppError codes mapped to HTTP, anything else a logged 500. */
export function errorAnswer(options: { error: unknown; requestId: string }): TApiAnswer {
  const { error, requestId } = options;
  const headers = { "x-request-id": requestId };
  if (error instanceof AppError) {
    const problem = error.problem ? { problem: error.problem } : {};
    const body = {
      error: { code: error.code, message: error.userMessage, ...fieldsOf(error.fieldErrors), ...problem },
      requestId,
    };
    return { status: httpStatusFor(error.code), body, headers };
  }
  log("error", "api route failed", { requestId, error: errorText(error) });
  const body = { error: { code: "INTERNAL", message: "Internal error" }, requestId };
  return { status: 500, body, headers };
}

/**
 * Field problems as callers read them: `problems` with each code, field path, values and English
 * words (what a program acts on), and `fields`, the same words by path (what a person reads).
 */
function fieldsOf(fieldErrors: TFieldErrors | undefined) {
  if (!fieldErrors) return {};
  const entries = Object.entries(fieldErrors);
  return {
    fields: Object.fromEntries(entries.map(([path, problems]) => [path, problems.map(fieldProblemText)])),
    problems: entries.flatMap(([path, problems]) =>
      problems.map((problem) => ({ ...problem, path, message: fieldProblemText(problem) })),
    ),
  };
}
