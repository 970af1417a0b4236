import { enqueueCommand } from "../agent-link/enqueue-command.ts";
import { isUnknownConnection } from "../platform/errors/app-error.ts";
import type { TTx } from "../platform/database/db.ts";
import { readSettings } from "../settings/integration-settings.ts";
import { lockOrder } from "./lock-order.ts";
import { issuedInErp, nextErpStep, type TErpStep } from "./next-erp-step.ts";
import { holdForCredit } from "./hold-for-credit.ts";
import { addOrderEvent } from "./order-events.ts";
import { problemColumns, stepOf, type TOrderProblem } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";
import { stepCommand } from "./step-command.ts";

/** How long one ERP write may take on the agent once it has it (an offline agent: it waits). */
const STEP_TIMEOUT_MS = 120_000;

/**
 * Sends the order's next ERP step to the agent, in the caller's transaction: the command is in
 * the outbox when the transaction commits, or not at all. Nothing happens while a step is in
 * flight, while a refused step or a credit hold waits for staff, or before a passing failure's retry time.
 */
export async function advanceOrder(options: { tx: TTx; orderId: string }): Promise<void> {
  const { tx } = options;
  const order = await lockOrder({ tx, orderId: options.orderId });
  if (order.erpCommandId || order.erpState === "FAILED") return;
  if (order.nextAttemptAt && order.nextAttemptAt > new Date()) return;
  // The ERP of the order's channel's integration at intake (null: the channel had none yet).
  const integration = order.integrationId
    ? await tx.integration.findUnique({ where: { id: order.integrationId } })
    : null;
  if (!integration?.agentId) {
    await tx.order.update({
      where: { id: order.id },
      // Looked at again every so often: an agent may be assigned meanwhile.
      data: {
        erpState: "PENDING",
        ...problemColumns({ code: "noAgent", params: {} }),
        nextAttemptAt: new Date(Date.now() + 30_000),
      },
    });
    return;
  }
  const settings = readSettings(integration.settings);
  const step = nextErpStep(order, settings);
  if (!step) {
    await tx.order.update({ where: { id: order.id }, data: { erpState: "IDLE", erpStep: null, nextAttemptAt: null } });
    return;
  }
  if (step === "create" && (await holdForCredit({ tx, order, rule: settings.creditHolds }))) return;
  if (issuedInErp(step, settings)) {
    await awaitErpDocument({ tx, order, step });
    return;
  }
  const command = stepCommand({ order, step, settings });
  if ("problem" in command) {
    await tx.order.update({
      where: { id: order.id },
      data: { erpState: "FAILED", erpStep: step, ...problemColumns(command.problem), lastErrorAt: new Date() },
    });
    await addOrderEvent({ tx, order, type: "erp_failed", problem: command.problem, actor: "system" });
    return;
  }
  const queued = await enqueueCommand({
    tx,
    companyId: order.companyId,
    agentId: integration.agentId,
    connection: integration.agentConnection,
    name: command.name,
    input: command.input,
    idempotencyKey: `order:${order.id}:${step}:${order.erpAttempt}`,
    timeoutMs: STEP_TIMEOUT_MS,
  }).catch((error: unknown) => {
    if (isUnknownConnection(error)) return null;
    throw error;
  });
  if (!queued) {
    // The agent has not said it serves the integration's ERP connection: looked at again, as without an agent.
    await tx.order.update({
      where: { id: order.id },
      data: {
        erpState: "PENDING",
        ...problemColumns({ code: "connectionUnknown", params: { connection: integration.agentConnection } }),
        nextAttemptAt: new Date(Date.now() + 30_000),
      },
    });
    return;
  }
  await tx.order.update({
    where: { id: order.id },
    data: { erpState: "PENDING", erpStep: step, erpCommandId: queued.id, nextAttemptAt: null },
  });
}

/**
 * The operator issues this document in Subiekt (from the ZK, or the correction of the sale): the
 * order waits for it, saying so once on its timeline; the documents sync links it when it appears.
 */
async function awaitErpDocument(options: { tx: TTx; order: TOrderRow; step: TErpStep }) {
  const { tx, order, step } = options;
  const problem: TOrderProblem = { code: "awaitingErp", params: { step: stepOf(step) } };
  await tx.order.update({
    where: { id: order.id },
    data: { erpState: "AWAITING_ERP", erpStep: step, nextAttemptAt: null, ...problemColumns(problem) },
  });
  // Already waiting for this document (looked at again after a settings change): said once.
  if (order.erpStep !== step) await addOrderEvent({ tx, order, type: "erp_awaiting", problem, actor: "system" });
}
