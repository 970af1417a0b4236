"use client";

import { useTranslations } from "next-intl";
import type { TFieldErrors } from "@/server/platform/errors/app-error.ts";
import { FieldError, invalidProps } from "../field-error.tsx";
import type { TSettingsForm } from "../integration/settings-form.ts";
import type { TSamplesForm } from "./samples-form.ts";

type TOrder = TSamplesForm["order"];

/** One order as a channel would send it, of a sample product, checked by a dry-run ZK. */
export function SampleOrder(props: {
  order: TOrder;
  codes: string[];
  form: TSettingsForm;
  errors: TFieldErrors;
  onChange: (order: TOrder) => void;
}) {
  const t = useTranslations("setup.sample");
  const { order, errors } = props;
  const set = (patch: Partial<TOrder>) => props.onChange({ ...order, ...patch });
  const field = (key: keyof TOrder) => `samples.order.${key}`;
  const select = (key: "code" | "deliveryMethod" | "paymentMethod", options: string[]) => (
    <label>
      {t(key)}
      <select value={order[key]} onChange={(e) => set({ [key]: e.target.value })} {...invalidProps(errors, field(key))}>
        <option value="">{t("choose")}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <FieldError errors={errors} path={field(key)} />
    </label>
  );
  return (
    <fieldset className="panel stack-fields">
      <legend>{t("legend")}</legend>
      <p className="muted" style={{ gridColumn: "1 / -1" }}>
        {t("intro")}
      </p>
      {/* The codes of step 4, and a product picked with the search below. */}
      {select("code", [...new Set([...props.codes, ...(order.code ? [order.code] : [])])])}
      <label>
        {t("quantity")}
        <input
          inputMode="decimal"
          value={order.quantity}
          onChange={(e) => set({ quantity: e.target.value })}
          {...invalidProps(errors, field("quantity"))}
        />
        <FieldError errors={errors} path={field("quantity")} />
      </label>
      <label>
        {t("unitGross")}
        <input
          inputMode="decimal"
          value={order.unitGross}
          onChange={(e) => set({ unitGross: e.target.value })}
          {...invalidProps(errors, field("unitGross"))}
        />
        <FieldError errors={errors} path={field("unitGross")} />
      </label>
      {select(
        "deliveryMethod",
        props.form.deliveryMethods.map((d) => d.channelCode).filter((c) => c !== ""),
      )}
      {select(
        "paymentMethod",
        props.form.paymentMethods.map((p) => p.channelCode).filter((c) => c !== ""),
      )}
      <label>
        {t("document")}
        <select
          value={order.document}
          onChange={(e) => set({ document: e.target.value === "invoice" ? "invoice" : "receipt" })}
        >
          <option value="receipt">{t("receipt")}</option>
          <option value="invoice">{t("invoice")}</option>
        </select>
      </label>
      <FieldError errors={errors} path="samples.order" />
    </fieldset>
  );
}
