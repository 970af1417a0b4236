import { getFormatter, getTranslations } from "next-intl/server";
import { getSyncErrorText } from "../_components/sync-error-text.ts";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import { listAlerts } from "@/server/insight/alerts/list-alerts.ts";
import { watchNotes } from "@/server/insight/alerts/watch-notes.ts";
import { listClientDashboards } from "@/server/insight/dashboard/list-client-dashboards.ts";
import { AlertList } from "../_components/alert-list.tsx";
import { ordersHref } from "../orders/_components/orders-query.ts";
import { AgentCell } from "../sync/agent-cell.tsx";
import { IntegrationList } from "../_components/integration-list.tsx";
import { listIntegrationsByCompany } from "@/server/erp-data/integrations/list-integrations.ts";

export default async function IntegrationsOverviewPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.role !== "STAFF") notFound();
  const [overview, alerts, integrations] = [
    await listClientDashboards({ actor }),
    await listAlerts({ actor }),
    await listIntegrationsByCompany({ actor }),
  ];
  const [t, names, orders, format] = [
    await getTranslations("syncOverview"),
    await getTranslations("dataGroups"),
    await getTranslations("dashboard.overview"),
    await getFormatter(),
  ];
  const errorText = await getSyncErrorText();
  const notes = watchNotes({
    companies: overview.map((client) => ({
      ...client,
      failedOrders: client.orders.failed,
      heldOrders: client.orders.held,
    })),
    alerts,
  });
  return (
    <>
      <AlertList alerts={alerts} notes={notes} />
      <section className="panel">
        <h1>{t("integrationsTitle")}</h1>
        <p className="muted">{t("integrationsIntro")}</p>
        {overview.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="overview">
            <thead>
              <tr>
                <th>{t("client")}</th>
                <th>{t("agent")}</th>
                <th>{t("configuration")}</th>
                <th>{t("enabledGroups")}</th>
                <th>{t("problems")}</th>
                <th>{orders("orders")}</th>
                <th>{t("links")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.map((client) => {
                const base = `/clients/${client.id}`;
                const failing = client.groups.filter((g) => g.enabled && g.lastError);
                const enabled = client.groups.filter((g) => g.enabled).map((g) => names(DATA_GROUPS[g.group].key));
                return (
                  <tr key={client.id} data-testid={`overview-${client.id}`}>
                    <th scope="row">
                      <Link href={base}>{client.name}</Link>
                      <IntegrationList companyId={client.id} integrations={integrations.get(client.id) ?? []} />
                    </th>
                    <td>
                      <AgentCell integration={client.integration} />
                    </td>
                    <td>
                      {client.integration
                        ? t("configured", {
                            version: client.integration.version,
                            when: format.dateTime(client.integration.updatedAt, {
                              dateStyle: "short",
                              timeStyle: "short",
                            }),
                          })
                        : t("notConfigured")}
                    </td>
                    <td>{client.integration ? enabled.join(", ") || t("none") : "—"}</td>
                    <td>
                      {failing.length === 0 ? (
                        <span className="muted">{t("noProblems")}</span>
                      ) : (
                        <Link href={`${base}/sync`} className="field-error">
                          {failing
                            .map(
                              (g) => `${names(DATA_GROUPS[g.group].key)}: ${g.lastError ? errorText(g.lastError) : ""}`,
                            )
                            .join("; ")}
                        </Link>
                      )}
                    </td>
                    <td>
                      <div className="row-actions">
                        <Link href={ordersHref({ view: "all", companyId: client.id, erpState: "PENDING" })}>
                          {orders("waiting", { count: client.orders.waiting })}
                        </Link>
                        <Link
                          href={ordersHref({ view: "errors", companyId: client.id })}
                          className={client.orders.failed > 0 ? "field-error" : undefined}
                          data-testid={`overview-errors-${client.id}`}
                        >
                          {orders("failed", { count: client.orders.failed })}
                        </Link>
                      </div>
                    </td>
                    <td>
                      <div className="row-actions">
                        <Link href={`${base}/integration`}>{t("integrationTab")}</Link>
                        <Link href={`${base}/sync`}>{t("syncTab")}</Link>
                        <Link href={`${base}/channels`}>{t("channelsTab")}</Link>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
