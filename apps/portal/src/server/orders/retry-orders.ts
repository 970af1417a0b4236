import { z } from "zod";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { runTransaction } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { advanceOrder } from "./advance-order.ts";
import { lockOrder } from "./lock-order.ts";
import { addOrderEvent } from "./order-events.ts";

const ZRetry = z.object({ orderIds: z.array(z.uuid()).min(1).max(500) });

/**
 * Staff send refused orders to the ERP again (after fixing a mapping or the ERP data). The step
 * keeps its document key, so a retry can never write a second document.
 */
export async function retryOrders(options: { actor: TActor; email: string; input: unknown }) {
  requireStaff(options.actor);
  const { orderIds } = parseInput({ schema: ZRetry, input: options.input });
  let retried = 0;
  for (const orderId of orderIds) {
    await runTransaction(async (tx) => {
      const order = await lockOrder({ tx, orderId });
      if (order.erpState !== "FAILED") return;
      await tx.order.update({ where: { id: orderId }, data: { erpState: "PENDING", nextAttemptAt: null } });
      await addOrderEvent({
        tx,
        order,
        type: "erp_retry",
        message: "Sent to the ERP again",
        actor: `staff:${options.email}`,
      });
      await advanceOrder({ tx, orderId });
      retried += 1;
    });
  }
  return { retried };
}
