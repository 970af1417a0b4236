"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";

/** Props every cell input takes: its label (the column and row number) and its error state. */
export type TCellProps = { "aria-label": string; "aria-invalid"?: true; "aria-describedby"?: string };

export type TRowsColumn<T> = {
  field: keyof T & string;
  label: string;
  render: (options: { row: T; cell: TCellProps; set: (patch: Partial<T>) => void }) => ReactNode;
};

/**
 * A list of mapping rows with add and remove buttons. Errors come keyed by path
 * (`settings.vatMapping.0.erpVatRateId`), so each lands under its own input.
 */
export function RowsEditor<T extends { rowId: number }>(props: {
  legend: string;
  hint?: string;
  path: string;
  rows: T[];
  columns: TRowsColumn<T>[];
  blank: () => T;
  onChange: (rows: T[]) => void;
  errors: TFieldErrors;
}) {
  const t = useTranslations("integration");
  const { rows, onChange, path, errors } = props;
  const set = (index: number, patch: Partial<T>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="panel">
      <legend>{props.legend}</legend>
      {props.hint && <p className="muted">{props.hint}</p>}
      <FieldError errors={errors} path={path} />
      {rows.length === 0 ? (
        <p className="muted">{t("noRows")}</p>
      ) : (
        <table className="rows-editor">
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column.field}>{column.label}</th>
              ))}
              <th>
                <span className="sr-only">{t("rowActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.rowId}>
                {props.columns.map((column) => {
                  const fieldPath = `${path}.${index}.${column.field}`;
                  const cell = { "aria-label": `${column.label} ${index + 1}`, ...invalidProps(errors, fieldPath) };
                  return (
                    <td key={column.field}>
                      {column.render({ row, cell, set: (patch) => set(index, patch) })}
                      <FieldError errors={errors} path={fieldPath} />
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    className="link danger"
                    aria-label={t("removeRow", { n: index + 1 })}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    {t("remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => onChange([...rows, props.blank()])}>
          {t("addRow")}
        </button>
      </p>
    </fieldset>
  );
}
