"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { TCompanyFormState } from "./company-actions.ts";
import { useFieldErrorText } from "./[companyId]/field-error.tsx";

type TProps = {
  action: (state: TCompanyFormState, formData: FormData) => Promise<TCompanyFormState>;
  initial?: { name: string; nip: string | null; email: string | null };
  submitLabel: string;
};

const FIELDS = ["name", "nip", "email"] as const;

export function CompanyForm({ action, initial, submitLabel }: TProps) {
  const t = useTranslations("clients");
  const errorText = useFieldErrorText();
  const [state, formAction, pending] = useActionState(action, {});
  const value = (field: (typeof FIELDS)[number]) => state.values?.[field] ?? initial?.[field] ?? "";
  return (
    <form className="stack" action={formAction} noValidate>
      {FIELDS.map((field) => {
        const errors = state.fieldErrors?.[field];
        return (
          <label key={field}>
            {t(field)}
            <input
              name={field}
              defaultValue={value(field)}
              key={value(field)}
              type={field === "email" ? "email" : "text"}
              aria-invalid={errors ? true : undefined}
              aria-describedby={errors ? `${field}-error` : undefined}
              required={field === "name"}
            />
            {errors && (
              <span id={`${field}-error`} className="field-error">
                {errors.map(errorText).join(" ")}
              </span>
            )}
          </label>
        );
      })}
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      {state.saved && (
        <p role="status" className="notice">
          {t("saved")}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
