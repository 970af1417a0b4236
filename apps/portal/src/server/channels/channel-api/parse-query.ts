import type { z } from "zod";
import { AppError } from "../../platform/errors/app-error.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";

/** A URL's query (or path params) as an object; a repeated parameter becomes an array, which no schema accepts. */
export type TQueryParams = Record<string, string | string[]>;

export function queryParamsOf(url: URL): TQueryParams {
  const params: TQueryParams = {};
  for (const [name, value] of url.searchParams) {
    const seen = params[name];
    params[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

/**
 * Parses a query with a schema; an unknown parameter is refused by name, so a typo such as
 * `updated_since` is not silently a full reload.
 */
export function parseQuery<T extends z.ZodObject>(options: { schema: T; query: TQueryParams }): z.infer<T> {
  const known = new Set(Object.keys(options.schema.shape));
  const unknown = Object.keys(options.query).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AppError({
      code: "INVALID_INPUT",
      message: `unknown parameters: ${unknown.join(", ")}`,
      fieldErrors: Object.fromEntries(unknown.map((name) => [name, [fieldProblem("unknownParameter")]])),
    });
  }
  return parseInput({ schema: options.schema, input: options.query });
}
