import { getDb, runTransaction } from "../platform/database/db.ts";
import { errorText, log } from "../platform/log.ts";
import { recordOrderWritten } from "../platform/metrics/metrics.ts";
import { advanceOrder } from "./advance-order.ts";
import { applyStepResult } from "./apply-step-result.ts";
import { lockOrder } from "./lock-order.ts";

const BATCH = 100;

/**
 * Moves orders on: records every finished ERP step (then sends the next one), and sends the
 * steps that are due (a retry's time came, an agent was assigned). Each order in its own
 * transaction under its row lock, so two processes doing this at once handle each order once.
 */
export async function applyFinishedSteps(): Promise<number> {
  const db = getDb();
  const ready = await db.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Order" o JOIN "AgentCommand" c ON c."id" = o."erpCommandId"
    WHERE o."erpCommandId" IS NOT NULL AND c."status" IN ('SUCCEEDED', 'FAILED', 'TIMED_OUT', 'CANCELLED')
    UNION ALL
    SELECT o."id" FROM "Order" o
    WHERE o."erpState" = 'PENDING' AND o."erpCommandId" IS NULL AND coalesce(o."nextAttemptAt", now()) <= now()
    LIMIT ${BATCH}`;
  for (const { id } of ready) {
    try {
      // The order's acceptance time when this transaction records its ZK: counted once committed.
      const writtenSince = await runTransaction(async (tx) => {
        const order = await lockOrder({ tx, orderId: id });
        let written: Date | null = null;
        if (order.erpCommandId) {
          const command = await tx.agentCommand.findUniqueOrThrow({ where: { id: order.erpCommandId } });
          if (!["SUCCEEDED", "FAILED", "TIMED_OUT", "CANCELLED"].includes(command.status)) return null;
          await applyStepResult({ tx, order, command });
          if (order.erpStep === "create" && command.status === "SUCCEEDED") written = order.createdAt;
        }
        await advanceOrder({ tx, orderId: id });
        return written;
      });
      if (writtenSince) recordOrderWritten({ acceptedAt: writtenSince });
    } catch (error) {
      log("error", "order step failed to apply", { orderId: id, error: errorText(error) });
    }
  }
  return ready.length;
}
