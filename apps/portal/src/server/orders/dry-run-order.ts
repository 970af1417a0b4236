import { ZErpOrderCreateResult } from "@erp-bridge/shared";
import { AppError } from "../app-error.ts";
import { awaitCommand } from "../agent-commands/await-command.ts";
import { cancelCommand } from "../agent-commands/cancel-command.ts";
import { enqueueCommand } from "../agent-commands/enqueue-command.ts";
import type { TActor } from "../auth/actor.ts";
import { requireStaff } from "../companies/company-scope.ts";
import { getDb } from "../db.ts";
import { readSettings } from "../integrations/integration-settings.ts";
import { uuidV7 } from "../uuid-v7.ts";
import { ORDER_INCLUDE } from "./order-view.ts";
import { stepCommand } from "./step-command.ts";

const DRY_RUN_TIMEOUT_MS = 20_000;

/** The ZK the ERP would get for this order now: written by the real code and rolled back. */
export async function dryRunOrder(options: { actor: TActor; orderId: string }) {
  requireStaff(options.actor);
  const db = getDb();
  const order = await db.order.findUnique({ where: { id: options.orderId }, include: ORDER_INCLUDE });
  if (!order) throw new AppError({ code: "NOT_FOUND", message: "order not found", userMessage: "Not found" });
  const integration = await db.integration.findUnique({ where: { companyId: order.companyId } });
  if (!integration?.agentId) {
    throw new AppError({
      code: "CONFLICT",
      message: "no agent",
      userMessage: "No agent is assigned to the integration",
    });
  }
  const command = stepCommand({ order, step: "create", settings: readSettings(integration.settings), dryRun: true });
  if ("problem" in command) return { ok: false as const, problem: command.problem };
  const queued = await enqueueCommand({
    companyId: order.companyId,
    agentId: integration.agentId,
    name: command.name,
    input: command.input,
    idempotencyKey: `dry-run:${uuidV7()}`,
    timeoutMs: DRY_RUN_TIMEOUT_MS,
  });
  const finished = await awaitCommand({ commandId: queued.id, timeoutMs: DRY_RUN_TIMEOUT_MS + 1_000 });
  if (finished.status === "SUCCEEDED")
    return { ok: true as const, preview: ZErpOrderCreateResult.parse(finished.result) };
  await cancelCommand({ companyId: order.companyId, commandId: queued.id });
  return { ok: false as const, problem: finished.errorMessage ?? "The agent did not answer" };
}
