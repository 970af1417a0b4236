import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TClientDashboard } from "@/server/insight/dashboard/get-client-dashboard.ts";
import styles from "../dashboard.module.css";
import { DashboardCard } from "./dashboard-card.tsx";
import type { TIntegrationSummary } from "@/server/erp-data/integrations/list-integrations.ts";
import { IntegrationList } from "../../../_components/integration-list.tsx";

/** The integration's version, or (before it is set up) the way to the setup wizard. */
export async function IntegrationCard(props: {
  companyId: string;
  integration: TClientDashboard["integration"];
  /** Every integration of the client: with several, each is named with its ERP. */
  integrations: TIntegrationSummary[];
}) {
  const [t, format] = [await getTranslations("dashboard"), await getFormatter()];
  const base = `/clients/${props.companyId}`;
  if (!props.integration) {
    return (
      <DashboardCard id="integration" title={t("integration.title")} wide lead>
        <p>{t("integration.notSetUp")}</p>
        <Link href={`${base}/setup`} className={styles.cta}>
          {t("integration.startWizard")}
        </Link>
      </DashboardCard>
    );
  }
  return (
    <DashboardCard id="integration" title={t("integration.title")}>
      <p>
        {t("integration.configured", {
          version: format.number(props.integration.version),
          when: format.dateTime(props.integration.updatedAt, { dateStyle: "short", timeStyle: "short" }),
        })}
      </p>
      {props.integrations.length > 1 && (
        <IntegrationList companyId={props.companyId} integrations={props.integrations} />
      )}
      <p className={styles.links}>
        <Link href={`${base}/integrations`}>{t("integration.all")}</Link>
        <Link href={`${base}/integration`}>{t("integration.settings")}</Link>
        <Link href={`${base}/setup`}>{t("integration.wizard")}</Link>
      </p>
    </DashboardCard>
  );
}
