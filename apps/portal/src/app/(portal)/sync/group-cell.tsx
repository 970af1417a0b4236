import { getFormatter, getTranslations } from "next-intl/server";
import { getSyncErrorText } from "../_components/sync-error-text.ts";
import Link from "next/link";
import type { TSyncOverview } from "@/server/erp-data/sync/list-sync-overview.ts";

type TGroup = TSyncOverview[number]["groups"][number];

/** One client's data group in the overview: running, failing (the ERP's words), synced, or off. */
export async function GroupCell({ group, href }: { group: TGroup; href: string }) {
  const [t, format] = [await getTranslations("syncOverview"), await getFormatter()];
  const errorText = await getSyncErrorText();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  if (!group.enabled) return <span className="muted">{t("off")}</span>;
  return (
    <Link href={href} className="group-cell" data-testid={`overview-${group.group}`}>
      {group.pending && <span className="badge badge-wait">{t("running")}</span>}
      {group.lastError ? (
        <span className="field-error" title={errorText(group.lastError)}>
          {t("failed", { when: group.lastErrorAt ? when(group.lastErrorAt) : "—" })}: {errorText(group.lastError)}
        </span>
      ) : group.lastSuccessAt ? (
        <span className="ok">{t("synced", { when: when(group.lastSuccessAt) })}</span>
      ) : (
        !group.pending && <span className="muted">{t("never")}</span>
      )}
    </Link>
  );
}
