"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { CHANNEL_KINDS } from "@/server/channels/sales-channels/channel-input.ts";
import type { TChannelView } from "@/server/channels/sales-channels/channel-view.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { FieldError, invalidProps, useFieldErrorText } from "../field-error.tsx";
import { saveChannelAction, type TChannelFormState, type TChannelValues } from "./channel-actions.ts";
import { ShownOnce } from "./shown-once.tsx";

/** A warehouse a channel may sell from; `label` is its ERP name once the lists are read. */
export type TWarehouseChoice = { id: number; label: string };

/**
 * An integration a channel may be bound to: it takes the channel's orders, its copy gives stock and
 * prices. Its warehouses and price levels (null: its ERP's lists not read) are its own ERP's.
 */
export type TChannelIntegration = {
  id: string;
  name: string;
  readOnly: boolean;
  warehouses: TWarehouseChoice[];
  priceLevels: TErpLists["priceLevels"] | null;
};

function valuesOf(channel: TChannelView | null): TChannelValues {
  return {
    name: channel?.name ?? "",
    kind: channel?.kind ?? "STORE",
    priceLevel: String(channel?.priceLevel ?? 1),
    warehouseIds: (channel?.warehouseIds ?? []).map(String),
    safetyBuffer: String(channel?.safetyBuffer ?? 0),
    rateLimitPerMinute: String(channel?.rateLimitPerMinute ?? 600),
    webhookUrl: channel?.webhookUrl ?? "",
    integrationId: channel?.integrationId ?? "",
  };
}

/** Creates a channel (no `channel`) or edits one. */
export function ChannelForm(props: {
  companyId: string;
  channel: TChannelView | null;
  integrations: TChannelIntegration[];
}) {
  const t = useTranslations("channels");
  const errorText = useFieldErrorText();
  // Chosen by the user, else the channel's, else the first: derived on each render, because the wizard
  // renders this form before its save creates the first integration and refreshes it after.
  const [chosenId, setIntegrationId] = useState(props.channel?.integrationId ?? "");
  const integrationId = chosenId || props.integrations[0]?.id || "";
  const bound = props.integrations.find((i) => i.id === integrationId);
  const priceLevels = bound?.priceLevels ?? null;
  const action = saveChannelAction.bind(null, props.companyId, props.channel?.id ?? null);
  const [state, formAction, pending] = useActionState<TChannelFormState, FormData>(action, { seq: 0 });
  const values = state.values ?? valuesOf(props.channel);
  const errors = state.fieldErrors ?? {};
  const scope = `${props.channel?.id ?? "new"}-`;
  const field = (name: keyof TChannelValues) => ({
    name,
    id: `${scope}${name}`,
    defaultValue: String(values[name]),
    ...invalidProps(errors, name, scope),
  });
  const warehouseErrors = Object.entries(errors).filter(([key]) => key.startsWith("warehouseIds"));
  const offered = bound?.warehouses ?? [];
  const warehouses = [
    ...offered,
    ...values.warehouseIds
      .filter((id) => !offered.some((w) => String(w.id) === id))
      .map((id) => ({ id: Number(id), label: `#${id}` })),
  ];
  return (
    <>
      <form className="stack channel-form" action={formAction} noValidate key={state.seq}>
        <label>
          {t("name")}
          <input {...field("name")} required />
          <FieldError errors={errors} path="name" scope={scope} />
        </label>
        {props.integrations.length > 1 && (
          <label>
            {t("integration")}
            <select
              name="integrationId"
              id={`${scope}integrationId`}
              value={integrationId}
              onChange={(e) => setIntegrationId(e.target.value)}
              {...invalidProps(errors, "integrationId", scope)}
            >
              {props.integrations.map((integration) => (
                <option key={integration.id} value={integration.id}>
                  {integration.readOnly ? t("integrationReadOnly", { name: integration.name }) : integration.name}
                </option>
              ))}
            </select>
            <FieldError errors={errors} path="integrationId" scope={scope} />
          </label>
        )}
        {bound?.readOnly && <p className="muted">{t("ordersRefused")}</p>}
        <label>
          {t("kind")}
          <select {...field("kind")}>
            {CHANNEL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
          <FieldError errors={errors} path="kind" scope={scope} />
        </label>
        {/* Keyed by the integration: another one's ERP offers other price levels and warehouses. */}
        <label key={`priceLevel-${integrationId}`}>
          {t("priceLevel")}
          {priceLevels ? (
            <select {...field("priceLevel")}>
              {priceLevels.map((level) => (
                <option key={level.level} value={level.level}>
                  {`${level.level} — ${level.name}`}
                </option>
              ))}
            </select>
          ) : (
            <input {...field("priceLevel")} type="number" min={1} max={10} step={1} />
          )}
          <FieldError errors={errors} path="priceLevel" scope={scope} />
        </label>
        <fieldset key={`warehouses-${integrationId}`}>
          <legend>{t("warehouses")}</legend>
          {warehouses.length === 0 && <p className="muted">{t("warehousesEmpty")}</p>}
          {warehouses.map((warehouse) => (
            <label key={warehouse.id} className="check">
              <input
                type="checkbox"
                name="warehouseIds"
                value={warehouse.id}
                defaultChecked={values.warehouseIds.includes(String(warehouse.id))}
              />
              {warehouse.label}
            </label>
          ))}
          {warehouseErrors.map(([key, messages]) => (
            <span key={key} className="field-error">
              {messages.map(errorText).join(" ")}
            </span>
          ))}
        </fieldset>
        <label>
          {t("safetyBuffer")}
          <input {...field("safetyBuffer")} type="number" min={0} step={1} />
          <FieldError errors={errors} path="safetyBuffer" scope={scope} />
        </label>
        <label>
          {t("rateLimit")}
          <input {...field("rateLimitPerMinute")} type="number" min={1} step={1} />
          <FieldError errors={errors} path="rateLimitPerMinute" scope={scope} />
        </label>
        <label>
          {t("webhookUrl")}
          <input {...field("webhookUrl")} type="url" placeholder="https://" />
          <FieldError errors={errors} path="webhookUrl" scope={scope} />
        </label>
        {state.formError && (
          <p role="alert" className="form-error">
            {state.formError}
          </p>
        )}
        {state.saved && (
          <p role="status" className="notice">
            {props.channel ? t("updated") : t("created")}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {props.channel ? t("save") : t("create")}
        </button>
      </form>
      {state.webhookSecret && (
        <ShownOnce title={t("webhookSecretTitle")} secret={state.webhookSecret} testId="webhook-secret" />
      )}
    </>
  );
}
