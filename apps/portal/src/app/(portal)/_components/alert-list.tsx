import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import { alertKey, alertPath, alertText } from "@/server/insight/alerts/alert-text.ts";
import type { TAlert } from "@/server/insight/alerts/find-alerts.ts";
import type { TWatchNote } from "@/server/insight/alerts/watch-notes.ts";
import { getSyncErrorText } from "./sync-error-text.ts";

/**
 * The alerts that hold now, then what holds below their thresholds (`notes`: no agent yet, an
 * agent offline, a sync failing or never done, orders refused or held on credit), each linked to where it can be
 * dealt with. "No alerts, all is well" is said only when there is neither.
 */
export async function AlertList({ alerts, notes }: { alerts: TAlert[]; notes: TWatchNote[] }) {
  const [t, groups, locale] = [await getTranslations("alerts"), await getTranslations("dataGroups"), await getLocale()];
  const errorText = await getSyncErrorText();
  const groupName = (group: string) =>
    group in DATA_GROUPS ? groups(DATA_GROUPS[group as keyof typeof DATA_GROUPS].key) : group;
  // "none": the words leave the integration out (a company with one).
  const named = (integration: string | null) => ({ integration: integration ?? "none" });
  const note = (n: TWatchNote): { href: string; text: string } => {
    switch (n.kind) {
      case "noAgent":
      case "notConfigured":
        return { href: `/clients/${n.companyId}/setup`, text: t(`notes.${n.kind}`, { company: n.company }) };
      case "integrationNoAgent":
        return {
          href: `/clients/${n.companyId}/integrations`,
          text: t("notes.integrationNoAgent", { company: n.company, integration: n.integration ?? "" }),
        };
      case "agentOffline":
      case "agentNeverConnected":
        return {
          href: "/agents",
          text: t(`notes.${n.kind}`, { company: n.company, agent: n.agent, ...named(n.integration) }),
        };
      case "syncFailing":
        return {
          href: `/clients/${n.companyId}/integrations/${n.integrationId}/sync`,
          text: t("notes.syncFailing", {
            company: n.company,
            group: groupName(n.group),
            reason: errorText(n.problem),
            ...named(n.integration),
          }),
        };
      case "neverSynced":
        return {
          href: `/clients/${n.companyId}/integrations/${n.integrationId}/sync`,
          text: t(n.running ? "notes.firstSyncRunning" : "notes.neverSynced", {
            company: n.company,
            group: groupName(n.group),
            ...named(n.integration),
          }),
        };
      case "errorQueue":
      case "creditHolds":
        return {
          href: `/orders?view=errors&companyId=${n.companyId}`,
          text: t(`notes.${n.kind}`, { company: n.company, count: n.count }),
        };
    }
  };
  return (
    <section className="panel alerts" aria-label={t("title")}>
      <h2>{t("title")}</h2>
      {alerts.length === 0 && notes.length === 0 ? (
        <p className="muted" data-testid="alerts-none">
          {t("none")}
        </p>
      ) : (
        <ul>
          {alerts.map((alert) => (
            <li key={alertKey(alert)} data-alert={alert.kind}>
              <Link href={alertPath(alert)}>{alertText(alert, locale)}</Link>
            </li>
          ))}
          {notes.map((n) => {
            const { href, text } = note(n);
            return (
              <li
                key={`${n.companyId}:${n.kind}:${"integration" in n ? n.integration : ""}:${"group" in n ? n.group : ""}:${"agent" in n ? n.agent : ""}`}
                data-note={n.kind}
              >
                <Link href={href}>{text}</Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
