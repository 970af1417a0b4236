import { z } from "zod";
import { getJobQueue } from "../../platform/jobs/job-queue.ts";
import { errorText, log } from "../../platform/log.ts";
import { deliverStockWebhooks } from "../../channels/webhooks/deliver-stock-webhooks.ts";
import { runSync } from "../../erp-data/sync/run-sync.ts";
import { scheduleDueRuns } from "../../erp-data/sync/schedule-due-runs.ts";
import { setPageHooks } from "../../erp-data/sync/page-hooks.ts";
import { PAGE_HOOKS } from "../page-hooks.ts";

const TICK_MS = 1_000;
const ZSyncJob = z.object({ runId: z.uuid() });
const ZWebhookJob = z.object({ companyId: z.uuid(), productIds: z.array(z.number().int()) });

/**
 * This process's share of the sync work: it ticks the scheduler and works the sync and webhook
 * queues alongside every other portal process. Returns a stop function.
 */
export async function startSyncEngine(): Promise<() => Promise<void>> {
  const boss = await getJobQueue();
  setPageHooks(PAGE_HOOKS);
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
