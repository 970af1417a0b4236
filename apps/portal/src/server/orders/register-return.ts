import { ZComplaintInput, ZReturnInput } from "@erp-bridge/shared";
import { AppError } from "../platform/errors/app-error.ts";
import { formProblem } from "../platform/errors/form-problem.ts";
import { runTransaction } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { advanceOrder } from "./advance-order.ts";
import { getOrder } from "./get-order.ts";
import { lockOrder } from "./lock-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { actorOf, checkOrderAccess, type TOrderCaller } from "./order-caller.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";

/**
 * A return (goods back: a correction invoice against the sale, sent to the ERP) or a complaint
 * (registered with a status staff move). The same `externalId` again is the same request.
 */
export async function registerReturn(options: {
  caller: TOrderCaller;
  orderId: string;
  kind: "RETURN" | "COMPLAINT";
  input: unknown;
}) {
  const isReturn = options.kind === "RETURN";
  const input = isReturn
    ? parseInput({ schema: ZReturnInput, input: options.input })
    : parseInput({ schema: ZComplaintInput, input: options.input });
  const reason = "reason" in input ? input.reason : input.description;
  await runTransaction(async (tx) => {
    await checkOrderAccess({ tx, caller: options.caller, orderId: options.orderId });
    const order = await lockOrder({ tx, orderId: options.orderId });
    if (isReturn && order.erpSaleId === null) {
      throw new AppError({
        code: "CONFLICT",
        message: "return before sale",
        userMessage: "The order has no sale document yet: nothing to correct",
        problem: formProblem("noSaleDocument"),
      });
    }
    const ordered = new Map(order.lines.map((line) => [line.sku, Number(line.quantity)]));
    input.lines.forEach((line, index) => {
      const quantity = ordered.get(line.sku);
      if (quantity === undefined || line.quantity > quantity) {
        throw new AppError({
          code: "INVALID_INPUT",
          message: `lines.${index}: not on the order`,
          fieldErrors: {
            [`lines.${index}`]: [
              quantity === undefined ? fieldProblem("notOnOrder") : fieldProblem("atMost", { n: quantity }),
            ],
          },
        });
      }
    });
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "OrderReturn" ("id", "orderId", "companyId", "kind", "status", "reason", "lines", "externalId", "updatedAt")
      VALUES (${uuidV7()}::uuid, ${order.id}::uuid, ${order.companyId}::uuid, ${options.kind},
              ${isReturn ? "requested" : "open"}, ${reason}, ${JSON.stringify(input.lines)}::jsonb,
              ${input.externalId ?? null}, now())
      ON CONFLICT ("orderId", "externalId") DO NOTHING RETURNING "id"`;
    if (inserted.length === 0) return;
    await addOrderEvent({
      tx,
      order,
      type: isReturn ? "return_requested" : "complaint_registered",
      message: `${isReturn ? "Return" : "Complaint"}: ${reason}`,
      actor: actorOf(options.caller),
    });
    if (isReturn) await advanceOrder({ tx, orderId: order.id });
  });
  return getOrder(options);
}
