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
import { ChannelForm, type TChannelIntegration, type TWarehouseChoice } from "./channel-form.tsx";

/** One of the company's integrations as the channels page needs it. */
export type TEditorIntegration = {
  id: string;
  name: string;
  readOnly: boolean;
  warehouses: TIntegrationSettings["warehouses"];
};

/**
 * The company's channels and a form for a new one. Each channel is bound to one integration (its
 * orders go there, its stock and prices come from its copy) and sells from that one's warehouses
 * (by id and role); the first integration's carry ERP names once its lists are read, and so do the
 * price levels.
 */
export function ChannelsEditor(props: {
  companyId: string;
  agentId: string | null;
  agentConnection: string;
  channels: TChannelView[];
  keys: TApiKeyView[];
  integrations: TEditorIntegration[];
}) {
  const t = useTranslations("channels");
  const roles = useTranslations("integration.roles");
  const [lists, setLists] = useState<TErpLists | null>(null);
  const choicesOf = (integration: TEditorIntegration, index: number): TWarehouseChoice[] => {
    const roleOf = (id: number) => integration.warehouses.find((w) => w.erpId === id)?.role;
    const label = (id: number, name: string) => {
      const role = roleOf(id);
      return role ? `${name} (${roles(role)})` : name;
    };
    return index === 0 && lists
      ? lists.warehouses.map((w) => ({ id: w.id, label: label(w.id, `${w.code} — ${w.name}`) }))
      : integration.warehouses.map((w) => ({
          id: w.erpId,
          label: label(w.erpId, warehouseLabel(integration.warehouses, w.erpId)),
        }));
  };
  const integrations: TChannelIntegration[] = props.integrations.map((integration, index) => ({
    id: integration.id,
    name: integration.name,
    readOnly: integration.readOnly,
    warehouses: choicesOf(integration, index),
  }));
  return (
    <>
      {props.agentId ? (
        <ErpListsLoader
          companyId={props.companyId}
          agentId={props.agentId}
          connection={props.agentConnection}
          lists={lists}
          onLoaded={setLists}
        />
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
          integrations={integrations}
        />
      ))}
      <section className="panel" aria-labelledby="new-channel">
        <h3 id="new-channel">{t("add")}</h3>
        <ChannelForm companyId={props.companyId} channel={null} lists={lists} integrations={integrations} />
      </section>
    </>
  );
}
