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

/** One of the company's integrations as the channels page needs it: its agent and ERP connection too. */
export type TEditorIntegration = {
  id: string;
  name: string;
  readOnly: boolean;
  agentId: string | null;
  agentConnection: string;
  warehouses: TIntegrationSettings["warehouses"];
};

/**
 * The company's channels and a form for a new one. Each channel is bound to one integration (its
 * orders go there, its stock and prices come from its copy) and sells from that one's warehouses
 * (by id and role). Each integration's lists are read through its own agent and ERP connection;
 * once read, its channels choose from its ERP's warehouses and price levels by name.
 */
export function ChannelsEditor(props: {
  companyId: string;
  channels: TChannelView[];
  keys: TApiKeyView[];
  integrations: TEditorIntegration[];
}) {
  const t = useTranslations("channels");
  const roles = useTranslations("integration.roles");
  const [lists, setLists] = useState<Record<string, TErpLists>>({});
  const several = props.integrations.length > 1;
  const choicesOf = (integration: TEditorIntegration, read: TErpLists | undefined): TWarehouseChoice[] => {
    const roleOf = (id: number) => integration.warehouses.find((w) => w.erpId === id)?.role;
    const label = (id: number, name: string) => {
      const role = roleOf(id);
      return role ? `${name} (${roles(role)})` : name;
    };
    return read
      ? read.warehouses.map((w) => ({ id: w.id, label: label(w.id, `${w.code} — ${w.name}`) }))
      : integration.warehouses.map((w) => ({
          id: w.erpId,
          label: label(w.erpId, warehouseLabel(integration.warehouses, w.erpId)),
        }));
  };
  const integrations: TChannelIntegration[] = props.integrations.map((integration) => ({
    id: integration.id,
    name: integration.name,
    readOnly: integration.readOnly,
    warehouses: choicesOf(integration, lists[integration.id]),
    priceLevels: lists[integration.id]?.priceLevels ?? null,
  }));
  const withAgent = props.integrations.filter((i) => i.agentId !== null);
  return (
    <>
      {withAgent.length === 0 && <p className="muted">{t("noAgent")}</p>}
      {props.integrations.map((integration) =>
        integration.agentId ? (
          <div
            key={integration.id}
            role="group"
            aria-label={t("listsOf", { name: integration.name })}
            data-testid={`erp-lists-${integration.id}`}
          >
            {several && <p className="muted">{t("listsOf", { name: integration.name })}</p>}
            <ErpListsLoader
              companyId={props.companyId}
              agentId={integration.agentId}
              connection={integration.agentConnection}
              lists={lists[integration.id] ?? null}
              onLoaded={(read) => setLists((loaded) => ({ ...loaded, [integration.id]: read }))}
            />
          </div>
        ) : (
          withAgent.length > 0 && (
            <p key={integration.id} className="muted">
              {t("noAgentOf", { name: integration.name })}
            </p>
          )
        ),
      )}
      {props.channels.length === 0 && <p>{t("empty")}</p>}
      {props.channels.map((channel) => (
        <ChannelCard
          key={channel.id}
          companyId={props.companyId}
          channel={channel}
          keys={props.keys.filter((k) => k.channelId === channel.id)}
          integrations={integrations}
        />
      ))}
      <section className="panel" aria-labelledby="new-channel">
        <h3 id="new-channel">{t("add")}</h3>
        <ChannelForm companyId={props.companyId} channel={null} integrations={integrations} />
      </section>
    </>
  );
}
