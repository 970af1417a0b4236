import { z } from "zod";
import { AppError, notFound } from "../platform/errors/app-error.ts";
import { runTransaction } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { complaintNext, ZComplaintStatus } from "./complaint-workflow.ts";
import { getOrder } from "./get-order.ts";
import { lockOrder } from "./lock-order.ts";
import { addOrderEvent } from "./order-events.ts";
import type { TStaffCaller } from "./staff-caller.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";

const ZInput = z.object({
  status: ZComplaintStatus,
  note: z.string().trim().max(1000).optional(),
});

/**
 * Staff move a complaint along its workflow. The move is a line on the order's timeline (and so
 * reaches the channel's webhook), committed with it.
 */
export async function updateComplaintStatus(options: {
  caller: TStaffCaller;
  orderId: string;
  complaintId: string;
  input: unknown;
}) {
  const input = parseInput({ schema: ZInput, input: options.input });
  const ids = z.object({ orderId: z.uuid(), complaintId: z.uuid() });
  if (!ids.safeParse(options).success) throw notFound("complaint");
  await runTransaction(async (tx) => {
    const order = await lockOrder({ tx, orderId: options.orderId });
    const complaint = order.returns.find((r) => r.id === options.complaintId && r.kind === "COMPLAINT");
    if (!complaint) throw notFound("complaint");
    const from = complaint.status;
    if (from === input.status) return;
    const next = complaintNext(from);
    if (!next.includes(input.status)) {
      throw new AppError({
        code: "CONFLICT",
        message: `complaint ${complaint.id}: ${from} -> ${input.status} not allowed`,
        userMessage: `A complaint that is ${from} cannot become ${input.status}`,
        fieldErrors: {
          status: [
            next.length
              ? fieldProblem("statusNotAllowed", { from, allowed: next.join(", ") })
              : fieldProblem("complaintResolved"),
          ],
        },
      });
    }
    await tx.orderReturn.update({ where: { id: complaint.id }, data: { status: input.status } });
    await addOrderEvent({
      tx,
      order,
      type: "complaint_status",
      message: `Complaint ${from} → ${input.status}${input.note ? `: ${input.note}` : ""}`,
      actor: `staff:${options.caller.email}`,
      data: { complaintId: complaint.id, from, to: input.status },
    });
  });
  return getOrder(options);
}
