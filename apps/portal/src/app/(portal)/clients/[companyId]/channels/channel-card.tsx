"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TApiKeyView } from "@/server/channels/api-keys/api-key-view.ts";
import type { TChannelView } from "@/server/channels/sales-channels/channel-view.ts";
import { ApiKeys } from "./api-keys.tsx";
import { disableChannelAction, rotateWebhookSecretAction, type TSecretResult } from "./channel-actions.ts";
import { ChannelForm, type TChannelIntegration } from "./channel-form.tsx";
import { ShownOnce } from "./shown-once.tsx";
import { useAllFieldErrorsText } from "../field-error.tsx";

/** One channel: what it sells and from where, its webhook, its keys; edit and disable. */
export function ChannelCard(props: {
  companyId: string;
  channel: TChannelView;
  keys: TApiKeyView[];
  integrations: TChannelIntegration[];
}) {
  const t = useTranslations("channels");
  const format = useFormatter();
  const fieldErrorsText = useAllFieldErrorsText();
  const { channel } = props;
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const [rotated, setRotated] = useState<TSecretResult | null>(null);
  const active = channel.disabledAt === null;
  const headingId = `channel-${channel.id}`;
  const integration = props.integrations.find((i) => i.id === channel.integrationId);
  const warehouseLabel = (id: number) => integration?.warehouses.find((w) => w.id === id)?.label ?? `#${id}`;
  // Named by its own integration's ERP, once that one's lists are read.
  const priceLevel = integration?.priceLevels?.find((p) => p.level === channel.priceLevel);
  const disable = () => {
    if (!window.confirm(t("disableConfirm", { name: channel.name }))) return;
    startTransition(() => disableChannelAction(props.companyId, channel.id));
  };
  const rotate = () => {
    if (channel.hasWebhookSecret && !window.confirm(t("rotateConfirm"))) return;
    startTransition(async () => setRotated(await rotateWebhookSecretAction(props.companyId, channel.id)));
  };
  return (
    <section className="panel channel" aria-labelledby={headingId} data-testid={`channel-card-${channel.id}`}>
      <h3 id={headingId}>{channel.name}</h3>
      <p>
        <span className={active ? "badge badge-on" : "badge badge-off"}>{active ? t("active") : t("disabled")}</span>{" "}
        {t(`kinds.${channel.kind}`)}
      </p>
      <dl className="facts">
        {props.integrations.length > 1 && integration && (
          <>
            <dt>{t("integration")}</dt>
            <dd>{integration.name}</dd>
          </>
        )}
        <dt>{t("priceLevel")}</dt>
        <dd>{priceLevel ? `${priceLevel.level} — ${priceLevel.name}` : channel.priceLevel}</dd>
        <dt>{t("warehouses")}</dt>
        <dd>{channel.warehouseIds.length ? channel.warehouseIds.map(warehouseLabel).join(", ") : t("none")}</dd>
        <dt>{t("safetyBuffer")}</dt>
        <dd>{channel.safetyBuffer}</dd>
        <dt>{t("rateLimit")}</dt>
        <dd>{channel.rateLimitPerMinute}</dd>
        <dt>{t("webhookUrl")}</dt>
        <dd>
          {channel.webhookUrl ?? t("none")}
          {channel.webhookUrl && (
            <span className="muted"> ({channel.hasWebhookSecret ? t("secretSet") : t("secretMissing")})</span>
          )}
        </dd>
      </dl>
      {integration?.readOnly && (
        <p className="notice" data-testid={`channel-orders-refused-${channel.id}`}>
          {t("ordersRefused")}
        </p>
      )}
      {channel.webhookGaveUpAt && (
        <p role="alert" className="form-error" data-testid={`channel-webhook-gave-up-${channel.id}`}>
          {t("webhookGaveUp", {
            when: format.dateTime(channel.webhookGaveUpAt, { dateStyle: "short", timeStyle: "short" }),
            error: channel.webhookGaveUpError ?? "—",
          })}
        </p>
      )}
      {active && (
        <div className="row-actions">
          <button type="button" className="link" aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? t("closeEdit") : t("edit")}
          </button>
          {channel.webhookUrl && (
            <button type="button" className="link" disabled={pending} onClick={rotate}>
              {t("rotateSecret")}
            </button>
          )}
          <button type="button" className="link danger" disabled={pending} onClick={disable}>
            {t("disable")}
          </button>
        </div>
      )}
      {rotated && "secret" in rotated && (
        <ShownOnce title={t("webhookSecretTitle")} secret={rotated.secret} testId="webhook-secret" />
      )}
      {rotated && !("secret" in rotated) && (
        <p role="alert" className="form-error">
          {rotated.formError ?? fieldErrorsText(rotated.fieldErrors)}
        </p>
      )}
      {editing && active && (
        <ChannelForm companyId={props.companyId} channel={channel} integrations={props.integrations} />
      )}
      <ApiKeys companyId={props.companyId} channelId={channel.id} keys={props.keys} disabled={!active} />
    </section>
  );
}
