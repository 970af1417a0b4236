import { subscribe } from "../bus/subscribe.ts";
import { errorText, log } from "../log.ts";
import { applyFinishedSteps } from "./apply-finished-steps.ts";

const TICK_MS = 1_000;

/**
 * Keeps orders moving in this process: on every finished command (any process's, via the bus)
 * and once a second as a floor, finished ERP steps are recorded and the next ones sent. Several
 * processes may run it; row locks let each order through once. Returns a stop function.
 */
export function startOrderEngine(): () => void {
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
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
