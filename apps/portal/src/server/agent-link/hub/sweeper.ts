import { expireQueuedCommands } from "../commands/expire-queued-commands.ts";
import { timeOutCommands } from "../commands/time-out-commands.ts";
import { errorText, log } from "../../platform/log.ts";
import type { HubContext } from "./hub-context.ts";

/**
 * Every `sweepMs`, times out overdue commands (the cancels reach their agents through the bus)
 * and expires queued ones past their queue deadline.
 */
export function startSweeper(ctx: HubContext): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (running || ctx.closing) return;
    running = timeOutCommands()
      .then(async (timedOut) => {
        for (const command of timedOut)
          log("warn", "command timed out", { agentId: command.agentId, commandId: command.id });
        for (const command of await expireQueuedCommands())
          log("warn", "queued command expired", { agentId: command.agentId, commandId: command.id });
      })
      .catch((error: unknown) => log("error", "timeout sweep failed", { error: errorText(error) }))
      .finally(() => (running = null));
  }, ctx.settings.sweepMs);
  timer.unref();
  // Stopping waits for a sweep in progress: the database may be closed right after.
  return async () => {
    clearInterval(timer);
    await running;
  };
}
