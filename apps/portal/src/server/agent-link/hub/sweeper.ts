import { timeOutCommands } from "../commands/time-out-commands.ts";
import { errorText, log } from "../../platform/log.ts";
import type { HubContext } from "./hub-context.ts";

/** Every `sweepMs`, times out overdue commands; the cancels reach their agents through the bus. */
export function startSweeper(ctx: HubContext): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running || ctx.closing) return;
    running = true;
    timeOutCommands()
      .then((expired) => {
        for (const command of expired)
          log("warn", "command timed out", { agentId: command.agentId, commandId: command.id });
      })
      .catch((error: unknown) => log("error", "timeout sweep failed", { error: errorText(error) }))
      .finally(() => (running = false));
  }, ctx.settings.sweepMs);
  timer.unref();
  return () => clearInterval(timer);
}
