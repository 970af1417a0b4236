import { getTranslations } from "next-intl/server";
import { getSyncErrorText } from "../../../_components/sync-error-text.ts";
import { syncProblemDetail } from "@/server/erp-data/sync/sync-problem.ts";
import { TechnicalDetail } from "../../../_components/technical-detail.tsx";
import type { TClientDashboard } from "@/server/insight/dashboard/get-client-dashboard.ts";
import { DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import styles from "../dashboard.module.css";
import { When } from "./when.tsx";

type TGroup = TClientDashboard["syncs"][number]["groups"][number];

const BADGE = {
  running: "badge badge-wait",
  failed: "badge badge-error",
  lagging: "badge badge-wait",
  ok: "badge badge-on",
  never: "badge badge-off",
} as const;

/**
 * A run in progress first; otherwise the last outcome (an error stays until a run succeeds); a
 * success older than the alerts' threshold is overdue, as the alerts panel says beside it.
 */
function stateOf(group: TGroup, lagging: boolean): keyof typeof BADGE {
  if (group.pending) return "running";
  if (group.lastError) return "failed";
  if (!group.lastSuccessAt) return "never";
  return lagging ? "lagging" : "ok";
}

/** One enabled data group: its state, when it last ran and succeeded, its error, when it is due. */
export async function SyncGroup(props: { group: TGroup; lagging: boolean; now: Date }) {
  const [t, names] = [await getTranslations("dashboard.sync"), await getTranslations("dataGroups")];
  const errorText = await getSyncErrorText();
  const { group, now } = props;
  const state = stateOf(group, props.lagging);
  const lastRunAt = group.lastRun?.finishedAt ?? group.lastSuccessAt ?? group.lastErrorAt;
  return (
    <li className={styles.item} data-testid={`dashboard-group-${group.group}`}>
      <span className={styles.itemHead}>
        {names(DATA_GROUPS[group.group].key)}
        <span className={BADGE[state]} data-status={state}>
          {t(`state.${state}`)}
        </span>
      </span>
      <span className={styles.detail}>
        {lastRunAt ? (
          <>
            {t("lastRun")} <When date={lastRunAt} now={now} />
          </>
        ) : (
          t("neverRun")
        )}
      </span>
      {state === "failed" && (
        <>
          <span className="field-error">{group.lastError && errorText(group.lastError)}</span>
          {group.lastError && <TechnicalDetail detail={syncProblemDetail(group.lastError)} />}
          <span className={styles.detail}>
            {t("lastSuccess")} {group.lastSuccessAt ? <When date={group.lastSuccessAt} now={now} /> : t("never")}
          </span>
        </>
      )}
      {group.nextRunAt && (
        <span className={styles.detail}>
          {t("nextRun")} {group.nextRunAt > now ? <When date={group.nextRunAt} now={now} /> : t("dueNow")}
        </span>
      )}
    </li>
  );
}
