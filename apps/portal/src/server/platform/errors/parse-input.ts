import type { z } from "zod";
import { invalidInput, type TFieldErrors } from "./app-error.ts";
import { zodIssuesByField } from "./zod-issue-problem.ts";

/** Validates input with a schema; failures become INVALID_INPUT with problem codes per field path. */
export function parseInput<T extends z.ZodType>(options: { schema: T; input: unknown }): z.infer<T> {
  const result = options.schema.safeParse(options.input, { reportInput: true });
  if (result.success) return result.data;
  const fieldErrors: TFieldErrors = {};
  for (const [path, problem] of zodIssuesByField(result.error.issues)) (fieldErrors[path] ??= []).push(problem);
  throw invalidInput(fieldErrors);
}
