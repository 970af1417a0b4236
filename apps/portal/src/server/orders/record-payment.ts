import { ZPaymentInput } from "@erp-bridge/shared";
import { runTransaction } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { advanceOrder } from "./advance-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { actorOf, checkOrderAccess, type TOrderCaller } from "./order-caller.ts";
import { getOrder } from "./get-order.ts";
import { lockOrder } from "./lock-order.ts";

/**
 * Records a payment (the same reference again is the same payment). When the payments cover
 * the total the order is paid, and its sale document goes to the ERP with the same commit.
 */
export async function recordPayment(options: { caller: TOrderCaller; orderId: string; input: unknown }) {
  const input = parseInput({ schema: ZPaymentInput, input: options.input });
  const created = await runTransaction(async (tx) => {
    await checkOrderAccess({ tx, caller: options.caller, orderId: options.orderId });
    const order = await lockOrder({ tx, orderId: options.orderId });
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "OrderPayment" ("id", "orderId", "companyId", "amount", "method", "paidAt", "reference")
      VALUES (${uuidV7()}::uuid, ${order.id}::uuid, ${order.companyId}::uuid, ${input.amount}, ${input.method},
              ${new Date(input.paidAt)}, ${input.reference})
      ON CONFLICT ("orderId", "reference") DO NOTHING RETURNING "id"`;
    if (inserted.length === 0) return false;
    const [sum] = await tx.$queryRaw<{ paid: string }[]>`
      SELECT coalesce(sum("amount"), 0)::text AS "paid" FROM "OrderPayment" WHERE "orderId" = ${order.id}::uuid`;
    const paid = Number(sum?.paid ?? 0);
    const nowPaid = !order.paidAt && paid >= Number(order.totalGross);
    await tx.order.update({
      where: { id: order.id },
      data: { paidAmount: paid, ...(nowPaid && { paidAt: new Date(input.paidAt) }) },
    });
    await addOrderEvent({
      tx,
      order,
      type: nowPaid ? "paid" : "payment",
      message: `${nowPaid ? "Paid in full" : "Payment received"}: ${input.amount.toFixed(2)} by ${input.method} (${input.reference})`,
      actor: actorOf(options.caller),
    });
    await advanceOrder({ tx, orderId: order.id });
    return true;
  });
  return { created, order: await getOrder(options) };
}
