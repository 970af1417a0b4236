import { ZOrderStatus, ZStatusInput, type TOrderStatus } from "@erp-bridge/shared";
import { AppError } from "../platform/errors/app-error.ts";
import { runTransaction } from "../platform/database/db.ts";
import { readSettings } from "../settings/integration-settings.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { advanceOrder } from "./advance-order.ts";
import { getOrder } from "./get-order.ts";
import { lockOrder } from "./lock-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { actorOf, checkOrderAccess, type TOrderCaller } from "./order-caller.ts";
import { allowedNext, canMove } from "./order-workflow.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";

/**
 * Moves an order along the workflow (a channel's own status names are mapped by the integration
 * settings). What the move means for the ERP (a transfer to the showroom, a cancellation) is sent
 * in the same transaction.
 */
export async function changeOrderStatus(options: { caller: TOrderCaller; orderId: string; input: unknown }) {
  const input = parseInput({ schema: ZStatusInput, input: options.input });
  await runTransaction(async (tx) => {
    await checkOrderAccess({ tx, caller: options.caller, orderId: options.orderId });
    const order = await lockOrder({ tx, orderId: options.orderId });
    const integration = order.integrationId
      ? await tx.integration.findUnique({ where: { id: order.integrationId } })
      : null;
    const mapping = integration ? readSettings(integration.settings).orderStatusMapping : [];
    const target = toStatus(input.status, mapping);
    const from = ZOrderStatus.parse(order.status);
    if (from === target) return;
    if (!canMove(from, target)) {
      const next = allowedNext(from);
      throw new AppError({
        code: "CONFLICT",
        message: `order ${order.id}: ${from} -> ${target} not allowed`,
        userMessage: `An order that is ${from} cannot become ${target}${next.length ? ` (allowed: ${next.join(", ")})` : ""}`,
        fieldErrors: { status: [fieldProblem("statusNotAllowed", { from, allowed: next.join(", ") || "none" })] },
      });
    }
    await tx.order.update({ where: { id: order.id }, data: { status: target } });
    await addOrderEvent({
      tx,
      order,
      type: "status_changed",
      message: `Status ${from} → ${target}${input.note ? `: ${input.note}` : ""}`,
      actor: actorOf(options.caller),
    });
    await advanceOrder({ tx, orderId: order.id });
  });
  return getOrder(options);
}

function toStatus(name: string, mapping: { channelStatus: string; portalStatus: string }[]): TOrderStatus {
  const mapped = mapping.find((m) => m.channelStatus === name)?.portalStatus ?? name;
  const parsed = ZOrderStatus.safeParse(mapped);
  if (parsed.success) return parsed.data;
  throw new AppError({
    code: "INVALID_INPUT",
    message: `unknown status ${name}`,
    fieldErrors: { status: [fieldProblem("unknownStatus", { name, allowed: ZOrderStatus.options.join(", ") })] },
  });
}
