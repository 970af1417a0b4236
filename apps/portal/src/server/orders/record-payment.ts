import { ZPaymentInput } from "@erp-bridge/shared";
import { runTransaction } from "../platform/database/db.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { formProblem } from "../platform/errors/form-problem.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { advanceOrder } from "./advance-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { actorOf, checkOrderAccess, type TOrderCaller } from "./order-caller.ts";
import { getOrder } from "./get-order.ts";
import { lockOrder } from "./lock-order.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";

/** A grosz of rounding is not an overpayment. */
const TOLERANCE = 0.005;

/**
 * Records a payment (the same reference again is the same payment). When the payments cover
 * the total the order is paid, and its sale document goes to the ERP with the same commit.
 * A payment that would take the paid amount over the total (a second full payment under a new
 * reference) is refused with OVERPAYMENT and noted on the order's timeline for staff: the order
 * keeps its one sale document and the money is the channel's to refund.
 */
export async function recordPayment(options: { caller: TOrderCaller; orderId: string; input: unknown }) {
  const input = parseInput({ schema: ZPaymentInput, input: options.input });
  const outcome = await runTransaction(async (tx) => {
    await checkOrderAccess({ tx, caller: options.caller, orderId: options.orderId });
    const order = await lockOrder({ tx, orderId: options.orderId });
    // The order row is locked: payments to it are decided one at a time.
    const [sums] = await tx.$queryRaw<{ paid: string; repeat: boolean }[]>`
      SELECT coalesce(sum("amount"), 0)::text AS "paid", bool_or("reference" = ${input.reference}) AS "repeat"
      FROM "OrderPayment" WHERE "orderId" = ${order.id}::uuid`;
    if (sums?.repeat) return { created: false, overpaid: null };
    const alreadyPaid = Number(sums?.paid ?? 0);
    const total = Number(order.totalGross);
    // Nothing is stored; the refusal goes on the timeline after this transaction (a throw would roll it back).
    if (alreadyPaid + input.amount > total + TOLERANCE)
      return { created: false, overpaid: { order, alreadyPaid, total } };
    await tx.$executeRaw`
      INSERT INTO "OrderPayment" ("id", "orderId", "companyId", "amount", "method", "paidAt", "reference")
      VALUES (${uuidV7()}::uuid, ${order.id}::uuid, ${order.companyId}::uuid, ${input.amount}, ${input.method},
              ${new Date(input.paidAt)}, ${input.reference})`;
    const paid = Math.round((alreadyPaid + input.amount) * 100) / 100;
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
    return { created: true, overpaid: null };
  });
  if (outcome.overpaid) {
    const { order, alreadyPaid, total } = outcome.overpaid;
    const text = `${input.amount.toFixed(2)} (${input.reference}) on top of ${alreadyPaid.toFixed(2)} already paid would exceed the total of ${total.toFixed(2)}`;
    await runTransaction((tx) =>
      addOrderEvent({
        tx,
        order,
        type: "payment_refused",
        message: `Payment refused as an overpayment: ${text}`,
        actor: actorOf(options.caller),
        data: { code: "OVERPAYMENT", amount: input.amount, reference: input.reference, alreadyPaid, total },
      }),
    );
    throw new AppError({
      code: "OVERPAYMENT",
      message: `order ${order.id}: ${text}`,
      userMessage: `Payment refused: ${text}. The order keeps its sale document; refund the difference to the buyer.`,
      problem: formProblem("overpayment", {
        amount: input.amount.toFixed(2),
        reference: input.reference,
        alreadyPaid: alreadyPaid.toFixed(2),
        total: total.toFixed(2),
      }),
      fieldErrors: { amount: [fieldProblem("stillDue", { amount: Math.max(0, total - alreadyPaid).toFixed(2) })] },
    });
  }
  return { created: outcome.created, order: await getOrder(options) };
}
