import { getTranslations } from "next-intl/server";
import { listIntegrations } from "@/server/erp-data/integrations/list-integrations.ts";
import { getClientDashboard } from "@/server/insight/dashboard/get-client-dashboard.ts";
import { AlertList } from "../../../_components/alert-list.tsx";
import { LiveRefresh } from "../../../_components/live-refresh.tsx";
import { AutoRefresh } from "../../../orders/_components/auto-refresh.tsx";
import styles from "../dashboard.module.css";
import { loadStaffPage } from "../load-staff-page.ts";
import { AgentsCard } from "./agents-card.tsx";
import { IntegrationCard } from "./integration-card.tsx";
import { OrdersCard } from "./orders-card.tsx";
import { SyncCard } from "./sync-card.tsx";

/** Presence and sync runs arrive as events; orders and alerts have none, so they are re-read now and then. */
const REFRESH_MS = { events: 1000, orders: 15_000 };

/** One client's operations for staff: integration, agents, sync, orders and alerts, kept live. */
export async function ClientDashboard({ companyId }: { companyId: string }) {
  const { dashboard, integrations } = await loadStaffPage(async (actor) => ({
    dashboard: await getClientDashboard({ actor, companyId }),
    integrations: await listIntegrations({ actor, companyId }),
  }));
  const t = await getTranslations("dashboard");
  const id = dashboard.company.id;
  const now = new Date();
  return (
    <>
      <LiveRefresh url={`/api/sync/events?companyId=${id}`} minIntervalMs={REFRESH_MS.events} />
      <LiveRefresh url={`/api/agents/events?companyId=${id}`} minIntervalMs={REFRESH_MS.events} />
      <AutoRefresh intervalMs={REFRESH_MS.orders} />
      <p className="muted">{t("live")}</p>
      <div className={styles.grid}>
        <IntegrationCard companyId={id} integration={dashboard.integration} integrations={integrations} />
        <AgentsCard agents={dashboard.agents} now={now} />
        <OrdersCard companyId={id} orders={dashboard.orders} />
        <SyncCard companyId={id} syncs={dashboard.syncs} now={now} />
        <div className={`${styles.wide} ${styles.alerts}`}>
          <AlertList alerts={dashboard.alerts} notes={dashboard.notes} />
        </div>
      </div>
    </>
  );
}
