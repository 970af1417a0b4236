import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { alertText } from "@/server/insight/alerts/alert-text.ts";
import type { TAlert } from "@/server/insight/alerts/find-alerts.ts";

const NONE = {
  all: "none",
  noAgent: "noneNoAgent",
  notConfigured: "noneNotConfigured",
  noSyncYet: "noneNoSyncYet",
} as const;

/**
 * The alerts that hold now, each linked to where it can be dealt with. With none, the text says
 * what that vouches for (`watching`): nothing yet for a client without an agent or a first sync.
 */
export async function AlertList({ alerts, watching = "all" }: { alerts: TAlert[]; watching?: keyof typeof NONE }) {
  const [t, locale] = [await getTranslations("alerts"), await getLocale()];
  const where = (alert: TAlert) =>
    alert.kind === "ERROR_QUEUE"
      ? `/orders?view=errors&companyId=${alert.companyId}`
      : alert.kind === "SYNC_LAG"
        ? `/clients/${alert.companyId}/sync`
        : "/agents";
  return (
    <section className="panel alerts" aria-label={t("title")}>
      <h2>{t("title")}</h2>
      {alerts.length === 0 ? (
        <p className="muted" data-testid="alerts-none">
          {t(NONE[watching])}
        </p>
      ) : (
        <ul>
          {alerts.map((alert) => (
            <li key={`${alert.companyId}:${alert.kind}:${alert.subject}`} data-alert={alert.kind}>
              <Link href={where(alert)}>{alertText(alert, locale)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
