"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createAgentAction, type TAgentFormState } from "./agent-actions.ts";
import { EnrollmentCode } from "./enrollment-code.tsx";
import { useFieldErrorText } from "../clients/[companyId]/field-error.tsx";

export function AddAgentForm({
  companies,
  portalUrl,
  demo,
}: {
  companies: { id: string; name: string }[];
  portalUrl: string;
  demo: boolean;
}) {
  const t = useTranslations("agents");
  const [state, action, pending] = useActionState<TAgentFormState, FormData>(createAgentAction, {});
  const errorText = useFieldErrorText();
  const error = (field: string) => state.fieldErrors?.[field]?.map(errorText).join(" ");
  return (
    <>
      <form className="stack" action={action}>
        <label>
          {t("company")}
          <select name="companyId" required aria-invalid={error("companyId") ? true : undefined}>
            {companies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {error("companyId") && <span className="field-error">{error("companyId")}</span>}
        </label>
        <label>
          {t("name")}
          <input name="name" required aria-invalid={error("name") ? true : undefined} />
          {error("name") && <span className="field-error">{error("name")}</span>}
        </label>
        {state.formError && (
          <p role="alert" className="form-error">
            {state.formError}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {t("create")}
        </button>
      </form>
      {state.issued && <EnrollmentCode {...state.issued} portalUrl={portalUrl} demo={demo} />}
    </>
  );
}
