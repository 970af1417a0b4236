import { z } from "zod";
import { getJobQueue } from "../jobs/job-queue.ts";
import { errorText, log } from "../log.ts";
import { deliverStockWebhooks } from "../webhooks/deliver-stock-webhooks.ts";
import { runSync } from "./run-sync.ts";
import { scheduleDueRuns } from "./schedule-due-runs.ts";

const TICK_MS = 1_000;
const ZSyncJob = z.object({ runId: z.uuid() });
const ZWebhookJob = z.object({ companyId: z.uuid(), productIds: z.array(z.number().int()) });

/**
 * This process's share of the sync work: it ticks the scheduler and works the sync and webhook
 * queues alongside every other portal process. Returns a stop function.
 */
export async function startSyncEngine(): Promise<() => Promise<void>> {
  const boss = await getJobQueue();
  await boss.work("sync-run", { pollingIntervalSeconds: 0.5, localConcurrency: 3 }, async ([job]) => {
    if (job) await runSync(ZSyncJob.parse(job.data));
  });
  await boss.work("stock-webhook", { pollingIntervalSeconds: 1 }, async ([job]) => {
    if (job) await deliverStockWebhooks(ZWebhookJob.parse(job.data));
  });
  let ticking = false;
  const timer = setInterval(() => {
    if (ticking) return;
    ticking = true;
    scheduleDueRuns()
      .catch((error: unknown) => log("error", "sync scheduler failed", { error: errorText(error) }))
      .finally(() => (ticking = false));
  }, TICK_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await boss.offWork("sync-run");
    await boss.offWork("stock-webhook");
  };
}
