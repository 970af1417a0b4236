"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TApiKeyView } from "@/server/channels/api-keys/api-key-view.ts";
import type { TChannelView } from "@/server/channels/sales-channels/channel-view.ts";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import type { TErpLists } from "@/server/erp-data/integrations/read-erp-lists.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { ErpListsLoader } from "../integration/erp-lists-loader.tsx";
import { ChannelCard } from "./channel-card.tsx";
import { ChannelForm, type TWarehouseChoice } from "./channel-form.tsx";

/**
 * The company's channels and a form for a new one. Warehouses to sell from are the integration's
 * (by id and role) until the ERP lists are read; then they and the price levels carry ERP names.
 */
export function ChannelsEditor(props: {
  companyId: string;
  agentId: string | null;
  channels: TChannelView[];
  keys: TApiKeyView[];
  integrationWarehouses: TIntegrationSettings["warehouses"];
}) {
  const t = useTranslations("channels");
  const roles = useTranslations("integration.roles");
  const [lists, setLists] = useState<TErpLists | null>(null);
  const roleOf = (id: number) => props.integrationWarehouses.find((w) => w.erpId === id)?.role;
  const label = (id: number, name: string) => {
    const role = roleOf(id);
    return role ? `${name} (${roles(role)})` : name;
  };
  const warehouses: TWarehouseChoice[] = lists
    ? lists.warehouses.map((w) => ({ id: w.id, label: label(w.id, `${w.code} — ${w.name}`) }))
    : props.integrationWarehouses.map((w) => ({
        id: w.erpId,
        label: label(w.erpId, warehouseLabel(props.integrationWarehouses, w.erpId)),
      }));
  return (
    <>
      {props.agentId ? (
        <ErpListsLoader companyId={props.companyId} agentId={props.agentId} lists={lists} onLoaded={setLists} />
      ) : (
        <p className="muted">{t("noAgent")}</p>
      )}
      {props.channels.length === 0 && <p>{t("empty")}</p>}
      {props.channels.map((channel) => (
        <ChannelCard
          key={channel.id}
          companyId={props.companyId}
          channel={channel}
          keys={props.keys.filter((k) => k.channelId === channel.id)}
          lists={lists}
          warehouses={warehouses}
        />
      ))}
      <section className="panel" aria-labelledby="new-channel">
        <h3 id="new-channel">{t("add")}</h3>
        <ChannelForm companyId={props.companyId} channel={null} lists={lists} warehouses={warehouses} />
      </section>
    </>
  );
}
