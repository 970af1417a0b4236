import { COMMANDS, describeZodError, isCommandName, type TCommandOutcome } from "@erp-bridge/shared";
import { publish } from "../bus/publish.ts";
import { inTransaction } from "../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { NON_FINAL_STATUSES } from "./command-status.ts";

/**
 * Records a command's outcome exactly once: the first outcome wins, later copies (the agent
 * resending after a lost ack, a replay from its journal) change nothing. A success whose
 * result fails the catalogue's schema is stored as FAILED with INVALID_RESULT.
 */
export async function finishCommand(options: {
  agentId: string;
  commandId: string;
  outcome: TCommandOutcome;
  pages: number;
}): Promise<{ known: boolean; finished: boolean }> {
  return inTransaction(undefined, async (tx) => {
    const command = await tx.agentCommand.findFirst({
      where: { id: options.commandId, agentId: options.agentId },
      select: { id: true, name: true, pages: true },
    });
    if (!command) return { known: false, finished: false };
    const data = {
      ...finalFields({ ...options, name: command.name, storedPages: command.pages }),
      finishedAt: new Date(),
    };
    const updated = await tx.agentCommand.updateMany({
      where: { id: command.id, status: { in: NON_FINAL_STATUSES } },
      data,
    });
    if (updated.count === 0) return { known: true, finished: false };
    await publish({ channel: "command-finished", event: { commandId: command.id }, tx });
    return { known: true, finished: true };
  });
}

function finalFields(options: {
  name: string;
  outcome: TCommandOutcome;
  pages: number;
  storedPages: number;
}): Prisma.AgentCommandUpdateManyMutationInput {
  const { outcome } = options;
  if (!outcome.ok) {
    const status =
      outcome.error.code === "TIMEOUT" ? "TIMED_OUT" : outcome.error.code === "CANCELLED" ? "CANCELLED" : "FAILED";
    return { status, errorCode: outcome.error.code, errorMessage: outcome.error.message };
  }
  if (!isCommandName(options.name)) return invalid(`unknown command ${options.name}`);
  const entry = COMMANDS[options.name];
  const parsed = entry.result.safeParse(outcome.result);
  if (!parsed.success) return invalid(describeZodError(parsed.error, `result of ${options.name}`));
  if (entry.page && options.pages !== options.storedPages) {
    return invalid(`result states ${options.pages} pages but ${options.storedPages} were stored`);
  }
  return { status: "SUCCEEDED", result: JSON.parse(JSON.stringify(parsed.data)) };
}

function invalid(message: string): Prisma.AgentCommandUpdateManyMutationInput {
  return { status: "FAILED", errorCode: "INVALID_RESULT", errorMessage: message };
}
