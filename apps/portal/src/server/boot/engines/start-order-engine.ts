import { z } from "zod";
import { subscribe } from "../../agent-link/subscribe.ts";
import { getJobQueue } from "../../platform/jobs/job-queue.ts";
import { errorText, log } from "../../platform/log.ts";
import { runOrderWebhookJob } from "../../channels/webhooks/deliver-order-webhook.ts";
import { applyFinishedSteps } from "../../orders/apply-finished-steps.ts";

const TICK_MS = 1_000;
const ZWebhookJob = z.object({ orderId: z.uuid() });

/**
 * Keeps orders moving in this process: on every finished command (any process's, via the bus)
 * and once a second as a floor, finished ERP steps are recorded and the next ones sent. Several
 * processes may run it; row locks let each order through once. It also works the order
 * webhook queue. Returns a stop function.
 */
export async function startOrderEngine(): Promise<() => Promise<void>> {
  const boss = await getJobQueue();
  await boss.work("order-webhook", { pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) => {
    if (!job) return;
    const { orderId } = ZWebhookJob.parse(job.data);
    await runOrderWebhookJob({ orderId, attempt: job.retryCount, retryLimit: job.retryLimit });
  });
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    applyFinishedSteps()
      .catch((error: unknown) => log("error", "order engine failed", { error: errorText(error) }))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const unsubscribe = subscribe("command-finished", run);
  const timer = setInterval(run, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    unsubscribe();
    await boss.offWork("order-webhook");
  };
}
