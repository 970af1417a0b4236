import { inTransaction } from "../db.ts";
import { NON_FINAL_STATUSES } from "./command-status.ts";

const BATCH = 50;

/**
 * The agent's next unfinished commands in `seq` order, minus those already sent on this
 * connection, each marked SENT with a fresh deadline. SENT and RUNNING ones come back too:
 * after a reconnect they are redelivered, and the agent's journal makes that harmless.
 */
export async function claimCommands(options: { agentId: string; exclude: Iterable<string> }) {
  const now = new Date();
  return inTransaction(undefined, async (tx) => {
    const candidates = await tx.agentCommand.findMany({
      where: { agentId: options.agentId, status: { in: NON_FINAL_STATUSES }, id: { notIn: [...options.exclude] } },
      orderBy: { seq: "asc" },
      take: BATCH,
      select: { id: true, timeoutMs: true },
    });
    const claimed = [];
    for (const candidate of candidates) {
      // Guarded by status: a result or cancel that landed meanwhile wins.
      const [row] = await tx.agentCommand.updateManyAndReturn({
        where: { id: candidate.id, status: { in: NON_FINAL_STATUSES } },
        data: {
          status: "SENT",
          sentAt: now,
          deadlineAt: new Date(now.getTime() + candidate.timeoutMs),
          deliveries: { increment: 1 },
        },
        select: { id: true, seq: true, name: true, idempotencyKey: true, input: true, timeoutMs: true, pages: true },
      });
      if (row) claimed.push(row);
    }
    return { commands: claimed, more: candidates.length === BATCH };
  });
}
