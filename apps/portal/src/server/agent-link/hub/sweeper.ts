import { expireQueuedCommands } from "../commands/expire-queued-commands.ts";
import { timeOutCommands } from "../commands/time-out-commands.ts";
import { errorText, log } from "../../platform/log.ts";
import type { HubContext } from "./hub-context.ts";

/**
 * Every `sweepMs`, times out overdue commands (the cancels reach their agents through the bus)
 * and expires queued ones past their queue deadline.
 */
export function startSweeper(ctx: HubContext): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || ctx.closing) return;
    running = true;
    timeOutCommands()
      .then(async (timedOut) => {
        for (const command of timedOut)
          log("warn", "command timed out", { agentId: command.agentId, commandId: command.id });
        for (const command of await expireQueuedCommands())
          log("warn", "queued command expired", { agentId: command.agentId, commandId: command.id });
      })
      .catch((error: unknown) => log("error", "timeout sweep failed", { error: errorText(error) }))
      .finally(() => (running = false));
  }, ctx.settings.sweepMs);
  timer.unref();
  return () => clearInterval(timer);
}
