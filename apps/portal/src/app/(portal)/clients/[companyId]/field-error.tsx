import { useTranslations } from "next-intl";
import { fieldProblemMessage, type TFieldErrors, type TFieldProblem } from "@/server/platform/errors/field-problem.ts";
import { problemDetail } from "@/server/platform/errors/problem-params.ts";
import { TechnicalDetail } from "@/app/(portal)/_components/technical-detail.tsx";

/** `scope` keeps ids apart when one page holds several forms with the same field names. */
export function errorId(path: string, scope = ""): string {
  return `error-${scope}${path}`.replaceAll(".", "-");
}

/** What an input needs to announce the error shown beside it. */
export function invalidProps(errors: TFieldErrors, path: string, scope = "") {
  return errors[path] ? { "aria-invalid": true as const, "aria-describedby": errorId(path, scope) } : {};
}

/** Field problems from the server (codes and their values) in the reader's language. */
export function useFieldErrorText(): (problem: TFieldProblem) => string {
  const t = useTranslations();
  return (problem) => fieldProblemMessage(problem, (key, params) => t(key, params));
}

/** Every problem of every field, in the reader's language: for a form that shows them in one line. */
export function useAllFieldErrorsText(): (errors: TFieldErrors | undefined) => string {
  const text = useFieldErrorText();
  return (errors) =>
    Object.values(errors ?? {})
      .flat()
      .map(text)
      .join(" ");
}

/** The system's own words the problems carry (`detail`), for <TechnicalDetail>; null when none do. */
export function problemsDetail(problems: TFieldProblem[]): string | null {
  return (
    problems
      .map((problem) => problemDetail(problem.params))
      .filter((detail) => detail !== null)
      .join("\n") || null
  );
}

/**
 * The problems of one field path (`settings.vatMapping.0.erpVatRateId`), next to its input; the
 * system's own words some carry (the agent's, a driver's) folded away beneath them.
 */
export function FieldError({ errors, path, scope = "" }: { errors: TFieldErrors; path: string; scope?: string }) {
  const text = useFieldErrorText();
  const problems = errors[path];
  if (!problems) return null;
  return (
    <>
      <span id={errorId(path, scope)} className="field-error">
        {problems.map(text).join(" ")}
      </span>
      <TechnicalDetail detail={problemsDetail(problems)} />
    </>
  );
}
