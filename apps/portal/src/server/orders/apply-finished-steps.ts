import { getDb, runTransaction } from "../platform/database/db.ts";
import { errorText, log } from "../platform/log.ts";
import { recordOrderWritten } from "../platform/metrics/metrics.ts";
import { advanceOrder } from "./advance-order.ts";
import { applyStepResult } from "./apply-step-result.ts";
import { lockOrder } from "./lock-order.ts";

const BATCH = 100;
/** An order whose step could not be applied is looked at again after this long, not at every sweep. */
export const SET_ASIDE_SECONDS = 60;

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
      AND coalesce(o."nextAttemptAt", now()) <= now()
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
      await setAside(id, errorText(error));
    }
  }
  return ready.length;
}

/**
 * An order this process cannot move on (a bug, a row no channel could have sent) waits a minute
 * with the reason on it instead of being taken again at every sweep: retried each second it
 * would flood the log and, a batch of such orders, starve every order behind them. Its command
 * stays linked, so the ERP's answer is applied once the cause is mended, never written again.
 */
async function setAside(orderId: string, detail: string) {
  const params = { seconds: SET_ASIDE_SECONDS, detail };
  await getDb().$executeRaw`
      UPDATE "Order" SET "nextAttemptAt" = now() + ${SET_ASIDE_SECONDS} * interval '1 second',
        "lastErrorCode" = 'stepNotApplied', "lastErrorParams" = ${JSON.stringify(params)}::jsonb,
        "lastError" = ${`The portal could not record this order's ERP step; next attempt in ${SET_ASIDE_SECONDS} s. Detail: ${detail}`},
        "lastErrorAt" = now()
      WHERE "id" = ${orderId}::uuid`.catch((error: unknown) =>
    log("error", "order could not be set aside", { orderId, error: errorText(error) }),
  );
}
