"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { CUSTOM_FIELD_NUMBERS } from "@/server/settings/integration-settings.ts";
import { ChoiceSelect, type TChoice } from "./choice-select.tsx";
import { RowsEditor } from "./rows-editor.tsx";
import { newRowId, type TSettingsForm } from "./settings-form.ts";

type TRows = TSettingsForm["productCustomFields"];

/**
 * Which of the ERP's custom product fields the channels see on a product, and under what name;
 * a field left out (a shelf location, a buyer's note) never leaves the cloud copy.
 */
export function ProductCustomFields(props: { rows: TRows; errors: TFieldErrors; onChange: (rows: TRows) => void }) {
  const t = useTranslations("integration");
  const fields: TChoice[] = CUSTOM_FIELD_NUMBERS.map((n) => ({ value: String(n), label: t("customField", { n }) }));
  return (
    <RowsEditor
      legend={t("productCustomFields")}
      hint={t("productCustomFieldsHint")}
      path="settings.productCustomFields"
      rows={props.rows}
      errors={props.errors}
      onChange={props.onChange}
      blank={() => ({ rowId: newRowId(), field: "", name: "" })}
      columns={[
        {
          field: "field",
          label: t("customFieldErp"),
          render: ({ row, cell, set }) => (
            <ChoiceSelect
              cell={cell}
              value={row.field}
              choices={fields}
              placeholder={t("choose")}
              onChange={(field) => set({ field })}
            />
          ),
        },
        {
          field: "name",
          label: t("customFieldName"),
          render: ({ row, cell, set }) => (
            <input {...cell} value={row.name} onChange={(e) => set({ name: e.target.value })} />
          ),
        },
      ]}
    />
  );
}
