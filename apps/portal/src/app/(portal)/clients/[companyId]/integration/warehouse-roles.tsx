"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import type { TSettingsForm } from "./settings-form.ts";

type TWarehouses = TSettingsForm["warehouses"];
const ROLES = ["store", "showroom", "other"] as const;
/** A read-only ERP takes no orders: its warehouses are only in use (stock for the channels) or not. */
const READ_ONLY_ROLES = ["other"] as const;

/**
 * Every ERP warehouse with the role it plays; "not used" leaves it out of the settings. Before
 * the lists are read, the saved warehouses are shown by id.
 */
export function WarehouseRoles(props: {
  warehouses: TWarehouses;
  lists: TErpLists | null;
  errors: TFieldErrors;
  onChange: (warehouses: TWarehouses) => void;
  readOnly?: boolean;
}) {
  const t = useTranslations("integration");
  const roles = props.readOnly ? READ_ONLY_ROLES : ROLES;
  const { warehouses, lists, errors } = props;
  const erp = lists?.warehouses ?? [];
  const rows = [
    ...erp.map((w) => ({ id: w.id, code: w.code, name: w.name, inErp: true })),
    ...warehouses
      .filter((w) => !erp.some((e) => e.id === w.erpId))
      .map((w) => ({
        id: w.erpId,
        code: w.code ?? `#${w.erpId}`,
        name: lists ? t("notInErp") : (w.name ?? ""),
        inErp: false,
      })),
  ];
  const setRole = (erpId: number, role: string) => {
    const chosen = ROLES.find((r) => r === role);
    const rest = warehouses.filter((w) => w.erpId !== erpId);
    if (!chosen) return props.onChange(rest);
    const index = warehouses.findIndex((w) => w.erpId === erpId);
    props.onChange(
      index === -1 ? [...warehouses, { erpId, role: chosen }] : warehouses.with(index, { erpId, role: chosen }),
    );
  };
  return (
    <fieldset className="panel">
      <legend>{t("warehouses")}</legend>
      <FieldError errors={errors} path="settings.warehouses" />
      {rows.length === 0 ? (
        <p className="muted">{t("warehousesEmpty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("warehouseCode")}</th>
              <th>{t("warehouseName")}</th>
              <th>{t("warehouseRole")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const index = warehouses.findIndex((w) => w.erpId === row.id);
              const path = `settings.warehouses.${index}`;
              const fieldErrors = index === -1 ? {} : errors;
              return (
                <tr key={row.id} data-testid={`warehouse-${row.id}`}>
                  <td>{row.code}</td>
                  <td className={row.inErp ? undefined : "muted"}>{row.name}</td>
                  <td>
                    <select
                      aria-label={t("warehouseRoleFor", {
                        warehouse: row.inErp ? `${row.code} ${row.name}` : row.code,
                      })}
                      value={warehouses[index]?.role ?? ""}
                      onChange={(e) => setRole(row.id, e.target.value)}
                      {...invalidProps(fieldErrors, `${path}.erpId`)}
                    >
                      <option value="">{t("roles.unused")}</option>
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                    <FieldError errors={fieldErrors} path={`${path}.erpId`} />
                    <FieldError errors={fieldErrors} path={`${path}.role`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
