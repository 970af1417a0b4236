import type { z } from "zod";
import { fieldProblem, isFieldProblemCode, type TFieldProblem } from "./field-problem.ts";

/** String formats with words of their own; any other format (a pattern) is "invalid". */
const FORMATS = ["email", "url", "date"] as const;

/**
 * One zod issue as a field problem: zod's checks by their kind and bounds, a refinement by the
 * `params.code` it raised. Needs issues parsed with `reportInput` (a missing value is "required").
 * Whatever zod says in its own words is not kept: the code is what travels.
 */
export function zodIssueProblem(issue: z.core.$ZodIssue): TFieldProblem {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return fieldProblem("required");
      if (issue.expected === "int") return fieldProblem("wholeNumber");
      return fieldProblem(issue.expected === "number" ? "number" : "invalid");
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value":
      return fieldProblem("choose");
    case "invalid_format":
      // Our forms take ids only from lists: a malformed one means nothing was chosen.
      if (issue.format === "uuid") return fieldProblem("choose");
      return fieldProblem(FORMATS.find((format) => format === issue.format) ?? "invalid");
    case "unrecognized_keys":
      return fieldProblem("unknownField");
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      return isFieldProblemCode(code) ? fieldProblem(code, params) : fieldProblem("invalid");
    }
    default:
      return fieldProblem("invalid");
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): TFieldProblem {
  const n = Number(issue.minimum);
  if (issue.origin === "string") {
    if (issue.exact) return fieldProblem("exactLength", { n });
    return n <= 1 ? fieldProblem("required") : fieldProblem("tooShort", { n });
  }
  if (issue.origin === "array" || issue.origin === "set") return fieldProblem("atLeastItems", { n });
  return fieldProblem(issue.inclusive === false ? "moreThan" : "atLeast", { n });
}

function tooBig(issue: z.core.$ZodIssueTooBig): TFieldProblem {
  const n = Number(issue.maximum);
  if (issue.origin === "string") return fieldProblem(issue.exact ? "exactLength" : "tooLong", { n });
  if (issue.origin === "array" || issue.origin === "set") return fieldProblem("atMostItems", { n });
  return fieldProblem(issue.inclusive === false ? "lessThan" : "atMost", { n });
}

/** Every issue under its field's path (`_` for the input as a whole); unknown keys each under its own. */
export function zodIssuesByField(issues: z.core.$ZodIssue[]): [path: string, problem: TFieldProblem][] {
  return issues.flatMap((issue) => {
    const path = issue.path.join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map(
        (key) => [[path, key].filter(Boolean).join("."), zodIssueProblem(issue)] as [string, TFieldProblem],
      );
    }
    return [[path || "_", zodIssueProblem(issue)] as [string, TFieldProblem]];
  });
}
