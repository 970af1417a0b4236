import { sendJob } from "../../platform/jobs/send-job.ts";
import { workJobs } from "../../platform/jobs/work-jobs.ts";
import { errorText, log } from "../../platform/log.ts";
import { alertKey } from "../../insight/alerts/alert-text.ts";
import { findAlerts } from "../../insight/alerts/find-alerts.ts";
import { JOB_HANDLERS } from "../job-handlers.ts";

const CHECK_MS = 30_000;
/** An alert that holds is e-mailed again after an hour, not on every check. */
const REMIND_SECONDS = 3600;

/**
 * Checks for alerts twice a minute and e-mails each one once an hour at most: the job's
 * singleton key is the alert, so every portal process may check and only one e-mail goes.
 */
export async function startAlertEngine(): Promise<() => Promise<void>> {
  const stopWork = await workJobs({ handlers: JOB_HANDLERS, names: ["alert-email"] });
  const check = () =>
    findAlerts()
      .then(async (alerts) => {
        for (const alert of alerts) {
          await sendJob("alert-email", { alert }, { singletonKey: alertKey(alert), singletonSeconds: REMIND_SECONDS });
        }
      })
      .catch((error: unknown) => log("error", "alert check failed", { error: errorText(error) }));
  const timer = setInterval(() => void check(), CHECK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await stopWork();
  };
}
