import { enqueueCommand } from "../agent-link/enqueue-command.ts";
import { isUnknownConnection } from "../platform/errors/app-error.ts";
import type { TTx } from "../platform/database/db.ts";
import { connectionUnknown, decideErpStep, needsBuyerCredit } from "./decide-erp-step.ts";
import { erpStepChanges } from "./erp-step-changes.ts";
import { lockOrder } from "./lock-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { readBuyerCredit } from "./read-buyer-credit.ts";
import { readStepIntegration } from "./read-step-integration.ts";

/**
 * Sends the order's next ERP step to the agent, in the caller's transaction: the command is in
 * the outbox when the transaction commits, or not at all. Nothing happens while a step is in
 * flight, while a refused step or a credit hold waits for staff, or before a passing failure's
 * retry time. What to do is decideErpStep's (the intake folds the same decision into its insert).
 */
export async function advanceOrder(options: { tx: TTx; orderId: string }): Promise<void> {
  const { tx } = options;
  const order = await lockOrder({ tx, orderId: options.orderId });
  const integration = await readStepIntegration({ tx, integrationId: order.integrationId });
  const credit = needsBuyerCredit(order, integration) ? await readBuyerCredit({ tx, order }) : null;
  const now = new Date();
  let changes = erpStepChanges(decideErpStep({ order, integration, credit, now }), now);
  if (!changes) return;
  const queued =
    changes.command &&
    (await enqueueCommand({ ...changes.command, tx }).catch((error: unknown) => {
      if (isUnknownConnection(error)) return null;
      throw error;
    }));
  // The agent stopped listing the connection since it was read: the order waits, as decided when it was not listed.
  if (changes.command && !queued) changes = erpStepChanges(connectionUnknown(changes.command.connection, now), now);
  if (!changes) return;
  await tx.order.update({
    where: { id: order.id },
    data: { ...changes.columns, ...(queued && { erpCommandId: queued.id }) },
  });
  if (changes.event) await addOrderEvent({ tx, order, ...changes.event, actor: "system" });
}
