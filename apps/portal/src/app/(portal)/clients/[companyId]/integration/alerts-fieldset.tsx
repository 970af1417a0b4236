"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import type { TSettingsForm } from "./settings-form.ts";

type TAlerts = TSettingsForm["alerts"];
const NUMBERS = ["agentOfflineMinutes", "syncLagMinutes", "errorQueueSize"] as const;

/** When an alert is raised for this client, and whether its users are e-mailed too. */
export function AlertsFieldset(props: { alerts: TAlerts; errors: TFieldErrors; onChange: (alerts: TAlerts) => void }) {
  const t = useTranslations("alerts");
  const { alerts, errors } = props;
  return (
    <fieldset className="panel">
      <legend>{t("settings")}</legend>
      {NUMBERS.map((key) => (
        <label key={key}>
          {t(key)}
          <input
            type="number"
            min={1}
            value={alerts[key]}
            onChange={(e) => props.onChange({ ...alerts, [key]: e.target.value })}
            {...invalidProps(errors, `settings.alerts.${key}`)}
          />
          <FieldError errors={errors} path={`settings.alerts.${key}`} />
        </label>
      ))}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={alerts.notifyClient}
          onChange={(e) => props.onChange({ ...alerts, notifyClient: e.target.checked })}
        />
        {t("notifyClient")}
      </label>
    </fieldset>
  );
}
