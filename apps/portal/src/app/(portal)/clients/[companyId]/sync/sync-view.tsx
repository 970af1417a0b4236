import { getTranslations } from "next-intl/server";
import { listAgents } from "@/server/admin/agents/list-agents.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import { getSyncStatus } from "@/server/erp-data/sync/get-sync-status.ts";
import { LiveRefresh } from "../../../_components/live-refresh.tsx";
import { loadStaffPage } from "../load-staff-page.ts";
import { GroupCard } from "./group-card.tsx";
import { RunsTable } from "./runs-table.tsx";

const REFRESH_MS = 200;

/** One integration's sync (the company's first when `integrationId` is null): its groups and runs. */
export async function SyncView({ companyId, integrationId }: { companyId: string; integrationId: string | null }) {
  const { status, integration, agents } = await loadStaffPage(async (actor) => ({
    status: await getSyncStatus({ actor, companyId, integrationId }),
    integration: await getIntegration({ actor, companyId, integrationId }),
    agents: await listAgents({ actor, companyId }),
  }));
  const t = await getTranslations("sync");
  const agent = agents.find((a) => a.id === integration.agentId && !a.revokedAt);
  const blocked = !agent ? t("blockedNoAgent") : agent.online ? null : t("blockedOffline", { agent: agent.name });
  const now = new Date();
  return (
    <>
      <LiveRefresh url={`/api/sync/events?companyId=${companyId}`} minIntervalMs={REFRESH_MS} />
      <section>
        <h2>{t("title")}</h2>
        <p className="muted">{t("live")}</p>
        <div className="sync-groups">
          {status.groups.map((group) => (
            <GroupCard
              key={group.group}
              companyId={companyId}
              integrationId={integrationId}
              status={group}
              latest={group.pending ?? status.runs.find((r) => r.group === group.group) ?? null}
              schedule={integration.settings.dataGroups[DATA_GROUPS[group.group].key]}
              blocked={blocked}
            />
          ))}
        </div>
      </section>
      <section className="panel">
        <h2>{t("recentRuns")}</h2>
        <RunsTable runs={status.runs} now={now} />
      </section>
    </>
  );
}
