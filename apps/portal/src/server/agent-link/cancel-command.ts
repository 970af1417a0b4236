import { z } from "zod";
import { notFound } from "../platform/errors/app-error.ts";
import { publish } from "./publish.ts";
import { inTransaction, type TTx } from "../platform/database/db.ts";
import { NON_FINAL_STATUSES } from "./command-status.ts";

/**
 * Cancels a command of the company unless it already finished, and asks the agent (through
 * whichever process holds its connection) to stop it. Returns the row as it ends up.
 */
export async function cancelCommand(options: { companyId: string; commandId: string; tx?: TTx }) {
  if (!z.uuid().safeParse(options.commandId).success) throw notFound("command");
  return inTransaction(options.tx, async (tx) => {
    const where = { id: options.commandId, companyId: options.companyId };
    const [cancelled] = await tx.agentCommand.updateManyAndReturn({
      where: { ...where, status: { in: NON_FINAL_STATUSES } },
      data: { status: "CANCELLED", finishedAt: new Date(), errorCode: "CANCELLED", errorMessage: "cancelled" },
    });
    if (!cancelled) {
      const row = await tx.agentCommand.findFirst({ where });
      if (!row) throw notFound("command");
      return row;
    }
    await publish({
      channel: "agent-control",
      event: { agentId: cancelled.agentId, action: "cancel", commandId: cancelled.id, reason: "CANCELLED" },
      tx,
    });
    await publish({ channel: "command-finished", event: { commandId: cancelled.id }, tx });
    return cancelled;
  });
}
