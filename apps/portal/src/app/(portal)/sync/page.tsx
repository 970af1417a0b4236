import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getActor } from "@/server/platform/auth/get-actor.ts";
import { DATA_GROUP_NAMES, DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import { listSyncOverview } from "@/server/erp-data/sync/list-sync-overview.ts";
import { AgentCell } from "./agent-cell.tsx";
import { GroupCell } from "./group-cell.tsx";
import { LiveRefresh } from "../_components/live-refresh.tsx";

const REFRESH_MS = 1000;

export default async function SyncOverviewPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  if (actor.role !== "STAFF") notFound();
  const overview = await listSyncOverview({ actor });
  const [t, names] = [await getTranslations("syncOverview"), await getTranslations("dataGroups")];
  return (
    <section className="panel">
      <LiveRefresh url="/api/sync/events" minIntervalMs={REFRESH_MS} />
      <h1>{t("syncTitle")}</h1>
      <p className="muted">{t("syncIntro")}</p>
      {overview.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="overview">
          <thead>
            <tr>
              <th>{t("client")}</th>
              <th>{t("agent")}</th>
              {DATA_GROUP_NAMES.map((group) => (
                <th key={group}>{names(DATA_GROUPS[group].key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.map((client) => (
              <tr key={client.id} data-testid={`overview-${client.id}`}>
                <th scope="row">
                  <Link href={`/clients/${client.id}/sync`}>{client.name}</Link>
                </th>
                <td>
                  <AgentCell integration={client.integration} />
                </td>
                {client.groups.map((group) => (
                  <td key={group.group}>
                    {client.integration ? <GroupCell group={group} href={`/clients/${client.id}/sync`} /> : "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
