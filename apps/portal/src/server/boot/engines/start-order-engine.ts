import { subscribe } from "../../agent-link/subscribe.ts";
import { workJobs } from "../../platform/jobs/work-jobs.ts";
import { errorText, log } from "../../platform/log.ts";
import { applyFinishedSteps } from "../../orders/apply-finished-steps.ts";
import { JOB_HANDLERS } from "../job-handlers.ts";

const TICK_MS = 1_000;

/**
 * Keeps orders moving in this process: on every finished command (any process's, via the bus)
 * and once a second as a floor, finished ERP steps are recorded and the next ones sent. Several
 * processes may run it; row locks let each order through once. It also works the order
 * webhook queue. Returns a stop function.
 */
export async function startOrderEngine(): Promise<() => Promise<void>> {
  const stopWork = await workJobs({ handlers: JOB_HANDLERS, names: ["order-webhook"] });
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
    await stopWork();
  };
}
