import { agentsWithWaitingCommands } from "../commands/agents-with-waiting-commands.ts";
import { expireQueuedCommands } from "../commands/expire-queued-commands.ts";
import { timeOutCommands } from "../commands/time-out-commands.ts";
import { errorText, log } from "../../platform/log.ts";
import { deliverCommands } from "./deliver-commands.ts";
import type { HubContext } from "./hub-context.ts";

/**
 * Every `sweepMs`, times out overdue commands (the cancels reach their agents through the bus)
 * and expires queued ones past their queue deadline; every `catchUpMs`, delivers work queued
 * for agents held here whose announcement never came.
 */
export function startSweeper(ctx: HubContext): () => Promise<void> {
  let running: Promise<void> | null = null;
  let lastCatchUp = Date.now();
  const timer = setInterval(() => {
    if (running || ctx.closing) return;
    running = timeOutCommands()
      .then(async (timedOut) => {
        for (const command of timedOut)
          log("warn", "command timed out", { agentId: command.agentId, commandId: command.id });
        for (const command of await expireQueuedCommands())
          log("warn", "queued command expired", { agentId: command.agentId, commandId: command.id });
        if (Date.now() - lastCatchUp < ctx.settings.catchUpMs) return;
        lastCatchUp = Date.now();
        await catchUp(ctx);
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

async function catchUp(ctx: HubContext): Promise<void> {
  const agentIds = await agentsWithWaitingCommands({
    agentIds: [...ctx.byAgent.keys()],
    olderThanMs: ctx.settings.catchUpMs,
  });
  for (const agentId of agentIds) {
    const session = ctx.held(agentId);
    if (!session || session.draining) continue;
    log("warn", "queued work delivered without its announcement", session.logFields);
    session.run("deliver", () => deliverCommands(session));
  }
}
