import { publish } from "../bus/publish.ts";
import { inTransaction } from "../db.ts";

/**
 * Times out sent commands past their deadline, and asks whichever process holds each agent
 * to send `command.cancel`. One UPDATE decides: with several portal processes sweeping at
 * once, each command times out exactly once.
 */
export async function timeOutCommands(): Promise<{ id: string; agentId: string }[]> {
  const now = new Date();
  return inTransaction(undefined, async (tx) => {
    const expired = await tx.agentCommand.updateManyAndReturn({
      where: { status: { in: ["SENT", "RUNNING"] }, deadlineAt: { lt: now } },
      data: {
        status: "TIMED_OUT",
        finishedAt: now,
        errorCode: "TIMEOUT",
        errorMessage: "no result before the deadline",
      },
      select: { id: true, agentId: true },
    });
    for (const command of expired) {
      await publish({ channel: "command-finished", event: { commandId: command.id }, tx });
      await publish({
        channel: "agent-control",
        event: { agentId: command.agentId, action: "cancel", commandId: command.id, reason: "TIMEOUT" },
        tx,
      });
    }
    return expired;
  });
}
