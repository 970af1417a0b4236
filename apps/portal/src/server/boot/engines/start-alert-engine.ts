import { z } from "zod";
import { getJobQueue } from "../../platform/jobs/job-queue.ts";
import { errorText, log } from "../../platform/log.ts";
import { alertKey } from "../../insight/alerts/alert-text.ts";
import { findAlerts } from "../../insight/alerts/find-alerts.ts";
import { sendAlertEmail } from "../../insight/alerts/send-alert-email.ts";

const CHECK_MS = 30_000;
/** An alert that holds is e-mailed again after an hour, not on every check. */
const REMIND_SECONDS = 3600;

const ZAlertJob = z.object({
  alert: z.object({
    companyId: z.uuid(),
    companyName: z.string(),
    kind: z.enum(["AGENT_OFFLINE", "SYNC_LAG", "ERROR_QUEUE"]),
    subject: z.string(),
    since: z.coerce.date(),
    amount: z.number(),
    notifyClient: z.boolean(),
  }),
});

/**
 * Checks for alerts twice a minute and e-mails each one once an hour at most: the job's
 * singleton key is the alert, so every portal process may check and only one e-mail goes.
 */
export async function startAlertEngine(): Promise<() => Promise<void>> {
  const boss = await getJobQueue();
  await boss.work("alert-email", { pollingIntervalSeconds: 5 }, async ([job]) => {
    if (job) await sendAlertEmail(ZAlertJob.parse(job.data));
  });
  const check = () =>
    findAlerts()
      .then(async (alerts) => {
        for (const alert of alerts) {
          await boss.send(
            "alert-email",
            { alert },
            { singletonKey: alertKey(alert), singletonSeconds: REMIND_SECONDS },
          );
        }
      })
      .catch((error: unknown) => log("error", "alert check failed", { error: errorText(error) }));
  const timer = setInterval(() => void check(), CHECK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await boss.offWork("alert-email");
  };
}
