"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { DATA_GROUP_KEYS, ERP_MASTERED, type TDataGroupKey } from "@/server/settings/integration-settings.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import type { TSettingsForm } from "./settings-form.ts";

type TGroups = TSettingsForm["dataGroups"];

export function DataGroupsFieldset(props: {
  groups: TGroups;
  errors: TFieldErrors;
  onChange: (groups: TGroups) => void;
}) {
  const t = useTranslations("integration");
  const names = useTranslations("dataGroups");
  const { groups, errors } = props;
  const set = (key: TDataGroupKey, patch: Partial<TGroups[TDataGroupKey]>) =>
    props.onChange({ ...groups, [key]: { ...groups[key], ...patch } });
  return (
    <fieldset className="panel">
      <legend>{t("dataGroups")}</legend>
      <table>
        <thead>
          <tr>
            <th>{t("group")}</th>
            <th>{t("enabled")}</th>
            <th>{t("direction")}</th>
            <th>{t("interval")}</th>
          </tr>
        </thead>
        <tbody>
          {DATA_GROUP_KEYS.map((key) => {
            const name = names(key);
            const path = `settings.dataGroups.${key}`;
            const group = groups[key];
            return (
              <tr key={key}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t("enabledFor", { group: name })}
                    checked={group.enabled}
                    onChange={(e) => set(key, { enabled: e.target.checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t("directionFor", { group: name })}
                    value={group.direction}
                    onChange={(e) => set(key, { direction: e.target.value === "both" ? "both" : "erp_to_portal" })}
                    {...invalidProps(errors, `${path}.direction`)}
                  >
                    <option value="erp_to_portal">{t("directions.erp_to_portal")}</option>
                    {(!ERP_MASTERED.includes(key) || group.direction === "both") && (
                      <option value="both">{t("directions.both")}</option>
                    )}
                  </select>
                  <FieldError errors={errors} path={`${path}.direction`} />
                </td>
                <td>
                  <input
                    type="number"
                    min={5}
                    step={1}
                    inputMode="numeric"
                    aria-label={t("intervalFor", { group: name })}
                    value={group.intervalSeconds}
                    onChange={(e) => set(key, { intervalSeconds: e.target.value })}
                    {...invalidProps(errors, `${path}.intervalSeconds`)}
                  />
                  <FieldError errors={errors} path={`${path}.intervalSeconds`} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
