import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TIntegrationSummary } from "@/server/erp-data/integrations/list-integrations.ts";

/** Where one integration's connection stands, as the agent last reported it. */
function connectionState(integration: TIntegrationSummary): "noAgent" | "offline" | "unknown" | "down" | "ok" {
  if (!integration.agent) return "noAgent";
  if (!integration.agent.online) return "offline";
  if (!integration.connection) return "unknown";
  return integration.connection.reachable ? "ok" : "down";
}

/** Each integration of a client: its ERP, agent and connection, their state and its sync health. */
export async function IntegrationsTable(props: { companyId: string; integrations: TIntegrationSummary[] }) {
  const t = await getTranslations("integrations");
  const base = `/clients/${props.companyId}/integrations`;
  return (
    <div className="table-scroll">
      <table data-testid="integrations-table">
        <thead>
          <tr>
            <th>{t("name")}</th>
            <th>{t("erpType")}</th>
            <th>{t("agentAndConnection")}</th>
            <th>{t("state")}</th>
            <th>{t("syncHealth")}</th>
            <th>{t("pages")}</th>
          </tr>
        </thead>
        <tbody>
          {props.integrations.map((integration) => {
            const state = connectionState(integration);
            return (
              <tr key={integration.id} data-testid={`integration-${integration.id}`}>
                <td>
                  <Link href={`${base}/${integration.id}/settings`}>{integration.name}</Link>
                </td>
                <td>
                  {t(`erpTypes.${integration.erpType}`)}
                  {integration.readOnly && <div className="muted">{t("readOnly")}</div>}
                </td>
                <td>
                  {integration.agent?.name ?? "—"}
                  <div className="muted mono">{integration.agentConnection}</div>
                </td>
                <td data-state={state}>
                  {t(`states.${state}`, { agent: integration.agent?.name ?? "" })}
                  {state === "down" && integration.connection && (
                    <div className="muted">{integration.connection.message}</div>
                  )}
                </td>
                <td data-health={integration.syncHealth}>{t(`health.${integration.syncHealth}`)}</td>
                <td>
                  <Link href={`${base}/${integration.id}/sync`}>{t("syncLink")}</Link>
                  {" · "}
                  <Link href={`${base}/${integration.id}/products`}>{t("productsLink")}</Link>
                  {" · "}
                  <Link
                    href={`/clients/${props.companyId}/setup?integration=${integration.id}`}
                    aria-label={t("setUpAgainLabel", { name: integration.name })}
                  >
                    {t("setUpAgain")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
