import { z } from "zod";
import { recordAudit } from "../admin/audit/record-audit.ts";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { runTransaction } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { advanceOrder } from "./advance-order.ts";
import { lockOrder } from "./lock-order.ts";
import { addOrderEvent } from "./order-events.ts";

const ZRelease = z.object({ orderIds: z.array(z.uuid()).min(1).max(500) });

/**
 * Staff release orders the credit rule held: each goes to the ERP at once and is never held
 * again (the release is recorded on the order, its timeline and the audit trail, with who and
 * the reason they overrode). Client users cannot: deciding on a customer's credit is staff's.
 * Orders not held (released meanwhile, cancelled) are left as they are.
 */
export async function releaseOrders(options: { actor: TActor; email: string; input: unknown }) {
  requireStaff(options.actor);
  const { orderIds } = parseInput({ schema: ZRelease, input: options.input });
  let released = 0;
  for (const orderId of orderIds) {
    await runTransaction(async (tx) => {
      const order = await lockOrder({ tx, orderId });
      if (order.erpState !== "HELD") return;
      const at = new Date();
      await tx.order.update({
        where: { id: orderId },
        data: { erpState: "PENDING", nextAttemptAt: null, holdReleasedAt: at, holdReleasedBy: options.email },
      });
      const actor = `staff:${options.email}` as const;
      await addOrderEvent({ tx, order, type: "erp_released", message: "Released from the credit hold", actor });
      await recordAudit({
        tx,
        actor: options.actor,
        change: {
          companyId: order.companyId,
          entity: "order",
          entityId: order.id,
          action: "release-hold",
          before: { erpState: "HELD", reason: order.lastErrorCode, params: order.lastErrorParams },
          after: { erpState: "PENDING", holdReleasedAt: at },
        },
      });
      await advanceOrder({ tx, orderId });
      released += 1;
    });
  }
  return { released };
}
