import { getFormatter, getTranslations } from "next-intl/server";
import { getSyncErrorText } from "../../../_components/sync-error-text.ts";
import { syncProblemDetail } from "@/server/erp-data/sync/sync-problem.ts";
import { TechnicalDetail } from "../../../_components/technical-detail.tsx";
import { DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import type { TSyncStatus } from "@/server/erp-data/sync/get-sync-status.ts";
import { RunProgress } from "./run-progress.tsx";
import { SyncButtons } from "./sync-buttons.tsx";

type TGroupStatus = TSyncStatus["groups"][number];
type TRun = TSyncStatus["runs"][number];

/** One data group: its schedule, its last success and error (the ERP's words), and its latest run. */
export async function GroupCard(props: {
  companyId: string;
  integrationId: string | null;
  status: TGroupStatus;
  latest: TRun | null;
  schedule: { enabled: boolean; intervalSeconds: number };
  blocked: string | null;
}) {
  const [t, names, format] = [await getTranslations("sync"), await getTranslations("dataGroups"), await getFormatter()];
  const { status, latest } = props;
  const errorText = await getSyncErrorText();
  const name = names(DATA_GROUPS[status.group].key);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium" });
  const headingId = `sync-group-${status.group}`;
  return (
    <section className="panel sync-group" aria-labelledby={headingId} data-testid={headingId}>
      <h3 id={headingId}>{name}</h3>
      <p className="muted">
        {props.schedule.enabled
          ? t("every", {
              interval: format.number(props.schedule.intervalSeconds, { style: "unit", unit: "second" }),
            })
          : t("disabled")}
      </p>
      {latest ? (
        <div className="run-line">
          <RunProgress
            run={latest}
            label={t("progressOf", { group: name })}
            testId={`group-progress-${status.group}`}
          />
          <span data-testid={`group-run-status-${status.group}`}>{t(`status.${latest.status}`)}</span>
          <span className="muted">
            {latest.total === null
              ? format.number(latest.done)
              : t("doneOf", { done: format.number(latest.done), total: format.number(latest.total) })}
          </span>
        </div>
      ) : (
        <p className="muted">{t("noRuns")}</p>
      )}
      <dl className="facts">
        <dt>{t("lastSuccess")}</dt>
        <dd>{status.lastSuccessAt ? when(status.lastSuccessAt) : t("never")}</dd>
        <dt>{t("lastError")}</dt>
        <dd>
          {status.lastError ? (
            <>
              <span className="field-error" data-testid={`group-error-${status.group}`}>
                {errorText(status.lastError)}
              </span>
              {status.lastErrorAt && <span className="muted"> ({when(status.lastErrorAt)})</span>}
              <TechnicalDetail detail={syncProblemDetail(status.lastError)} />
            </>
          ) : (
            t("noError")
          )}
        </dd>
        <dt>{t("nextRun")}</dt>
        <dd>{status.nextRunAt ? when(status.nextRunAt) : "—"}</dd>
      </dl>
      <SyncButtons
        companyId={props.companyId}
        integrationId={props.integrationId}
        group={status.group}
        blocked={props.blocked}
      />
    </section>
  );
}
