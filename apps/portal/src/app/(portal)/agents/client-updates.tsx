"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { setUpdatePolicyAction, updateCompanyAgentsAction, type TUpdateActionState } from "./update-actions.ts";
import { useFieldErrorText } from "../clients/[companyId]/field-error.tsx";

export type TClientUpdates = { id: string; name: string; policy: { fromHour: number; toHour: number } | null };

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Per client: update all its agents now, and its consent to automatic updates within a window. */
export function ClientUpdates({ company }: { company: TClientUpdates }) {
  const t = useTranslations("agentUpdates");
  const [pending, startTransition] = useTransition();
  const [all, setAll] = useState<TUpdateActionState>({});
  const [policy, savePolicy, saving] = useActionState<TUpdateActionState, FormData>(
    setUpdatePolicyAction.bind(null, company.id),
    {},
  );
  const updateAll = () => startTransition(async () => setAll(await updateCompanyAgentsAction(company.id)));
  const errorText = useFieldErrorText();
  const fieldError = (field: string) => policy.fieldErrors?.[field]?.map(errorText).join(" ");
  return (
    <tr data-testid={`client-updates-${company.id}`}>
      <td>{company.name}</td>
      <td>
        <button type="button" className="secondary" disabled={pending} onClick={updateAll}>
          {t("updateAll")}
        </button>
        {all.started !== undefined && (
          <p role="status">
            {t("updateAllStarted", { count: all.started })}
            {all.skipped?.map((line) => (
              <span key={line} className="muted" style={{ display: "block" }}>
                {line}
              </span>
            ))}
          </p>
        )}
        {all.error && <p className="form-error">{all.error}</p>}
      </td>
      <td>
        <form action={savePolicy} className="row-actions">
          <label>
            <input type="checkbox" name="enabled" defaultChecked={company.policy !== null} /> {t("auto")}
          </label>
          <label>
            {t("from")}
            <select
              name="fromHour"
              defaultValue={company.policy?.fromHour ?? 22}
              aria-invalid={fieldError("fromHour") ? true : undefined}
            >
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>{`${hour}:00`}</option>
              ))}
            </select>
          </label>
          <label>
            {t("to")}
            <select
              name="toHour"
              defaultValue={company.policy?.toHour ?? 5}
              aria-invalid={fieldError("toHour") ? true : undefined}
            >
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>{`${hour}:00`}</option>
              ))}
            </select>
          </label>
          <button type="submit" className="link" disabled={saving}>
            {t("savePolicy")}
          </button>
          {policy.done && <span role="status">{t("policySaved")}</span>}
          {(fieldError("toHour") ?? fieldError("fromHour") ?? policy.error) && (
            <span className="field-error">{fieldError("toHour") ?? fieldError("fromHour") ?? policy.error}</span>
          )}
        </form>
      </td>
    </tr>
  );
}
