import { getFormatter, getTranslations } from "next-intl/server";
import { getSyncErrorText } from "../../../_components/sync-error-text.ts";
import { syncProblemDetail } from "@/server/erp-data/sync/sync-problem.ts";
import { TechnicalDetail } from "../../../_components/technical-detail.tsx";
import { DATA_GROUPS } from "@/server/erp-data/sync/data-groups.ts";
import type { TSyncStatus } from "@/server/erp-data/sync/get-sync-status.ts";
import { formatDuration } from "./format-duration.ts";
import { RunProgress } from "./run-progress.tsx";

/** The recent runs, newest first, each with its bar, counts, duration and error. */
export async function RunsTable({ runs, now }: { runs: TSyncStatus["runs"]; now: Date }) {
  const [t, names, format] = [await getTranslations("sync"), await getTranslations("dataGroups"), await getFormatter()];
  const errorText = await getSyncErrorText();
  if (runs.length === 0) return <p className="muted">{t("noRuns")}</p>;
  return (
    <table className="runs">
      <thead>
        <tr>
          {(
            [
              "group",
              "kind",
              "trigger",
              "state",
              "progress",
              "done",
              "changed",
              "started",
              "duration",
              "error",
            ] as const
          ).map((key) => (
            <th key={key}>{t(`runs.${key}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => {
          const name = names(DATA_GROUPS[run.group].key);
          return (
            <tr key={run.id} data-testid={`sync-run-${run.id}`} data-group={run.group} data-status={run.status}>
              <td>{name}</td>
              <td>{t(`kind.${run.kind}`)}</td>
              <td>{t.has(`trigger.${run.trigger}`) ? t(`trigger.${run.trigger}`) : run.trigger}</td>
              <td>{t(`status.${run.status}`)}</td>
              <td>
                <RunProgress run={run} label={t("progressOf", { group: name })} testId="run-progress" />
              </td>
              <td>
                {run.total === null
                  ? format.number(run.done)
                  : t("doneOf", { done: format.number(run.done), total: format.number(run.total) })}
              </td>
              <td>{format.number(run.changed)}</td>
              <td>{format.dateTime(run.startedAt ?? run.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
              <td>{formatDuration(format, run, now)}</td>
              <td>
                {run.failure && (
                  <>
                    <span className="field-error">{errorText(run.failure)}</span>
                    <TechnicalDetail detail={syncProblemDetail(run.failure)} />
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
