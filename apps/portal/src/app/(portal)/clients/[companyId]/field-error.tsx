import { useTranslations } from "next-intl";
import { explainFieldError } from "@/i18n/explain-field-error.ts";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";

/** `scope` keeps ids apart when one page holds several forms with the same field names. */
export function errorId(path: string, scope = ""): string {
  return `error-${scope}${path}`.replaceAll(".", "-");
}

/** What an input needs to announce the error shown beside it. */
export function invalidProps(errors: TFieldErrors, path: string, scope = "") {
  return errors[path] ? { "aria-invalid": true as const, "aria-describedby": errorId(path, scope) } : {};
}

/** Field errors from the server in the reader's language (known sentences; others as written). */
export function useFieldErrorText(): (message: string) => string {
  const t = useTranslations("fieldErrors");
  return (message) => {
    const explained = explainFieldError(message);
    return explained ? t(explained.key, explained.values) : message;
  };
}

/** The messages for one field path (`settings.vatMapping.0.erpVatRateId`), next to its input. */
export function FieldError({ errors, path, scope = "" }: { errors: TFieldErrors; path: string; scope?: string }) {
  const text = useFieldErrorText();
  const messages = errors[path];
  if (!messages) return null;
  return (
    <span id={errorId(path, scope)} className="field-error">
      {messages.map(text).join(" ")}
    </span>
  );
}
