import { applyUpdatePolicies } from "../../admin/agent-updates/apply-update-policies.ts";
import { errorText, log } from "../../platform/log.ts";

const CHECK_MS = 60_000;

/**
 * Once a minute, starts the updates clients' automatic windows allow. Every portal process may
 * run it: starting an update locks the agent's row, so no agent gets two.
 */
export function startUpdateEngine(): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    applyUpdatePolicies()
      .then((started) => {
        for (const update of started) log("info", "automatic update started", { ...update });
      })
      .catch((error: unknown) => log("error", "update policy check failed", { error: errorText(error) }))
      .finally(() => (running = false));
  }, CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
