import type { z } from "zod";
import { invalidInput, type TFieldErrors } from "./app-error.ts";

/** Validates input with a schema; failures become INVALID_INPUT with errors per field path. */
export function parseInput<T extends z.ZodType>(options: { schema: T; input: unknown }): z.infer<T> {
  const result = options.schema.safeParse(options.input);
  if (result.success) return result.data;
  const fieldErrors: TFieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw invalidInput(fieldErrors);
}
