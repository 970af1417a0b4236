"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import type { TSettingsForm } from "./settings-form.ts";

export type TChoiceKey = "productIdentifier" | "clickAndCollect" | "saleDocumentWithoutNip";
type TUpdate = <K extends TChoiceKey>(key: K, value: TSettingsForm[K]) => void;

const PRODUCT_IDENTIFIERS = ["sku", "ean"] as const;
const CLICK_AND_COLLECT = ["transfer", "statuses_only"] as const;
const SALE_DOCUMENTS = ["PA", "FS"] as const;

function ChoiceField(props: {
  name: TChoiceKey;
  value: string;
  options: readonly string[];
  errors: TFieldErrors;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("integration");
  const path = `settings.${props.name}`;
  return (
    <label>
      {t(props.name)}
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        {...invalidProps(props.errors, path)}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {t(`choices.${props.name}.${option}`)}
          </option>
        ))}
      </select>
      <FieldError errors={props.errors} path={path} />
    </label>
  );
}

/**
 * The settings that are one choice each: how products are named, click-and-collect, receipts.
 * `only` shows some of them (the setup wizard asks for them in different steps).
 */
export function SettingsChoices({
  form,
  errors,
  onChange,
  only,
}: {
  form: TSettingsForm;
  errors: TFieldErrors;
  onChange: TUpdate;
  only?: readonly TChoiceKey[];
}) {
  const t = useTranslations("integration");
  const shown = (key: TChoiceKey) => !only || only.includes(key);
  return (
    <fieldset className="panel stack-fields">
      <legend>{t("documents")}</legend>
      {shown("productIdentifier") && (
        <ChoiceField
          name="productIdentifier"
          value={form.productIdentifier}
          options={PRODUCT_IDENTIFIERS}
          errors={errors}
          onChange={(value) => {
            const chosen = PRODUCT_IDENTIFIERS.find((o) => o === value);
            if (chosen) onChange("productIdentifier", chosen);
          }}
        />
      )}
      {shown("clickAndCollect") && (
        <ChoiceField
          name="clickAndCollect"
          value={form.clickAndCollect}
          options={CLICK_AND_COLLECT}
          errors={errors}
          onChange={(value) => {
            const chosen = CLICK_AND_COLLECT.find((o) => o === value);
            if (chosen) onChange("clickAndCollect", chosen);
          }}
        />
      )}
      {shown("saleDocumentWithoutNip") && (
        <ChoiceField
          name="saleDocumentWithoutNip"
          value={form.saleDocumentWithoutNip}
          options={SALE_DOCUMENTS}
          errors={errors}
          onChange={(value) => {
            const chosen = SALE_DOCUMENTS.find((o) => o === value);
            if (chosen) onChange("saleDocumentWithoutNip", chosen);
          }}
        />
      )}
    </fieldset>
  );
}
