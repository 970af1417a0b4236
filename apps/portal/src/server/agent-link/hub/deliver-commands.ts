import { DEFAULT_CONNECTION, isCommandName } from "@erp-bridge/shared";
import { claimCommands } from "../commands/claim-commands.ts";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";

/**
 * Sends the agent its unfinished commands in `seq` order, batch after batch. Callers run it
 * through `session.run`, so two passes never overlap and never send one command twice.
 */
export async function deliverCommands(session: AgentSession): Promise<void> {
  for (;;) {
    if (session.state !== "open" || session.draining) return;
    const { commands, more } = await claimCommands({ agentId: session.agentId, exclude: session.sent.keys() });
    for (const command of commands) {
      const { name } = command;
      // enqueueCommand admits catalogue names only; a row from an older build is skipped, loudly.
      if (!isCommandName(name)) {
        log("error", "command not in this build's catalogue", { ...session.logFields, commandId: command.id, name });
        continue;
      }
      session.sent.set(command.id, name);
      session.send("command", {
        commandId: command.id,
        key: command.idempotencyKey,
        name,
        input: command.input,
        timeoutMs: command.timeoutMs,
        resumeFromPage: command.pages,
        // Only a non-default key goes out: enqueueCommand admits one only for an agent that listed it.
        ...(command.connection !== DEFAULT_CONNECTION && { connection: command.connection }),
      });
      log("info", "command sent", { ...session.logFields, commandId: command.id, name });
    }
    if (!more) return;
  }
}
