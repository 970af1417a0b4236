import { workJobs } from "../../platform/jobs/work-jobs.ts";
import { errorText, log } from "../../platform/log.ts";
import { scheduleDueRuns } from "../../erp-data/sync/schedule-due-runs.ts";
import { setPageHooks } from "../../erp-data/sync/page-hooks.ts";
import { JOB_HANDLERS } from "../job-handlers.ts";
import { PAGE_HOOKS } from "../page-hooks.ts";

const TICK_MS = 1_000;

/**
 * This process's share of the sync work: it ticks the scheduler and works the sync and webhook
 * queues alongside every other portal process. Returns a stop function.
 */
export async function startSyncEngine(): Promise<() => Promise<void>> {
  setPageHooks(PAGE_HOOKS);
  const stopWork = await workJobs({ handlers: JOB_HANDLERS, names: ["sync-run", "stock-webhook"] });
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
    await stopWork();
  };
}
