import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TClientDashboard } from "@/server/insight/dashboard/get-client-dashboard.ts";
import { AgentStatus } from "../../../agents/agent-status.tsx";
import { SferaHealth } from "../../../agents/sfera-health.tsx";
import styles from "../dashboard.module.css";
import { DashboardCard } from "./dashboard-card.tsx";
import { When } from "./when.tsx";

/** The company's agents (revoked ones left out): presence, last seen, which one the integration uses. */
export async function AgentsCard({ agents, now }: { agents: TClientDashboard["agents"]; now: Date }) {
  const t = await getTranslations("dashboard.agents");
  return (
    <DashboardCard id="agents" title={t("title")}>
      {agents.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className={styles.list}>
          {agents.map((agent) => (
            <li key={agent.id} className={styles.item} data-testid={`dashboard-agent-${agent.id}`}>
              <span className={styles.itemHead}>
                {agent.name} <AgentStatus agent={agent} />
              </span>
              <span className={styles.detail}>
                {agent.lastSeenAt ? (
                  <>
                    {t("lastSeen")} <When date={agent.lastSeenAt} now={now} />
                  </>
                ) : (
                  t("neverSeen")
                )}
              </span>
              {agent.inUse && <span className={styles.detail}>{t("inUse")}</span>}
              {agent.online && agent.erpConfigured && agent.erpReachable === false && (
                <span className="field-error">{t("erpDown")}</span>
              )}
              {agent.online && agent.sferaHealth && (
                <span className={styles.detail}>
                  <SferaHealth health={agent.sferaHealth} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.links}>
        <Link href="/agents">{t("manage")}</Link>
      </p>
    </DashboardCard>
  );
}
