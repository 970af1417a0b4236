import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TClientDashboard } from "@/server/insight/dashboard/get-client-dashboard.ts";
import styles from "../dashboard.module.css";
import { DashboardCard } from "./dashboard-card.tsx";
import { SyncGroup } from "./sync-group.tsx";

type TSync = TClientDashboard["syncs"][number];

/**
 * Each integration's enabled data groups. With several integrations each list is named and links
 * to that integration's own sync page; with one the card looks as it did before there were several.
 */
export async function SyncCard(props: { companyId: string; syncs: TSync[]; now: Date }) {
  const t = await getTranslations("dashboard.sync");
  const several = props.syncs.length > 1;
  const groups = (sync: TSync) =>
    sync.groups.length === 0 ? (
      <p className="muted">{t("noGroups")}</p>
    ) : (
      <ul className={styles.groups}>
        {sync.groups.map((group) => (
          <SyncGroup key={group.group} group={group} lagging={sync.lagging.includes(group.group)} now={props.now} />
        ))}
      </ul>
    );
  return (
    <DashboardCard id="sync" title={t("title")} wide>
      {props.syncs.length === 0 && <p className="muted">{t("notConfigured")}</p>}
      {!several && props.syncs[0] && groups(props.syncs[0])}
      {several &&
        props.syncs.map((sync) => (
          <section
            key={sync.integration.id}
            aria-labelledby={`dashboard-sync-${sync.integration.id}`}
            data-testid={`dashboard-sync-${sync.integration.id}`}
          >
            <h3 id={`dashboard-sync-${sync.integration.id}`}>{sync.integration.name}</h3>
            {groups(sync)}
            <p className={styles.links}>
              <Link href={`/clients/${props.companyId}/integrations/${sync.integration.id}/sync`}>
                {t("detailsOf", { name: sync.integration.name })}
              </Link>
            </p>
          </section>
        ))}
      {!several && (
        <p className={styles.links}>
          <Link href={`/clients/${props.companyId}/sync`}>{t("details")}</Link>
        </p>
      )}
    </DashboardCard>
  );
}
