"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import type { TSettingsForm } from "./settings-form.ts";

type TCreditHoldsForm = TSettingsForm["creditHolds"];
const POLICIES = ["accept", "hold"] as const satisfies readonly TCreditHoldsForm["policy"][];
const PATH = "settings.creditHolds";

/**
 * What happens to a B2B order of a customer over their credit limit or with invoices overdue too
 * long: it goes to the ERP, or it waits for staff in the error queue. The checks show only when
 * orders are held.
 */
export function CreditHolds(props: {
  value: TCreditHoldsForm;
  errors: TFieldErrors;
  onChange: (value: TCreditHoldsForm) => void;
}) {
  const t = useTranslations("integration.creditHolds");
  const { value, errors } = props;
  const change = (part: Partial<TCreditHoldsForm>) => props.onChange({ ...value, ...part });
  return (
    <fieldset className="panel stack-fields" data-testid="credit-holds">
      <legend>{t("legend")}</legend>
      <p className="muted">{t("intro")}</p>
      {POLICIES.map((policy) => (
        <label key={policy}>
          <input
            type="radio"
            name="creditHolds"
            value={policy}
            checked={value.policy === policy}
            onChange={() => change({ policy })}
          />{" "}
          <strong>{t(`policies.${policy}.name`)}</strong>
          <span className="muted"> {t(`policies.${policy}.means`)}</span>
        </label>
      ))}
      <FieldError errors={errors} path={`${PATH}.policy`} />
      {value.policy === "hold" && (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={value.overLimit}
              onChange={(e) => change({ overLimit: e.target.checked })}
            />
            {t("overLimit")}
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={value.overdue} onChange={(e) => change({ overdue: e.target.checked })} />
            {t("overdue")}{" "}
            <input
              type="number"
              min={0}
              aria-label={t("overdueDays")}
              disabled={!value.overdue}
              value={value.overdueDays}
              onChange={(e) => change({ overdueDays: e.target.value })}
              {...invalidProps(errors, `${PATH}.overdueDays`)}
            />{" "}
            {t("overdueDays")}
          </label>
          <FieldError errors={errors} path={`${PATH}.overdueDays`} />
        </>
      )}
    </fieldset>
  );
}
