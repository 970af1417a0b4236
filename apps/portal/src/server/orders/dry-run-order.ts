import { ZErpOrderCreateResult } from "@erp-bridge/shared";
import { AppError } from "../platform/errors/app-error.ts";
import { formProblem } from "../platform/errors/form-problem.ts";
import { runLiveCommand } from "../agent-link/run-live-command.ts";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { getDb } from "../platform/database/db.ts";
import { erpTakesOrders } from "../settings/erp-type.ts";
import { readSettings, type TIntegrationSettings } from "../settings/integration-settings.ts";
import { ORDER_INCLUDE } from "./order-view.ts";
import { refusalProblem } from "./order-problem.ts";
import { stepCommand, type TStepCommand } from "./step-command.ts";

const DRY_RUN_TIMEOUT_MS = 20_000;

/** The ZK the ERP would get for this order now: written by the real code and rolled back. */
export async function dryRunOrder(options: { actor: TActor; orderId: string }) {
  requireStaff(options.actor);
  const db = getDb();
  const order = await db.order.findUnique({ where: { id: options.orderId }, include: ORDER_INCLUDE });
  if (!order) throw new AppError({ code: "NOT_FOUND", message: "order not found", userMessage: "Not found" });
  const integration = order.integrationId
    ? await db.integration.findUnique({ where: { id: order.integrationId } })
    : null;
  if (!integration?.agentId) {
    throw new AppError({
      code: "CONFLICT",
      message: "no agent",
      userMessage: "No agent is assigned to the integration",
      problem: formProblem("noAgentAssigned"),
    });
  }
  // A read-only ERP gets no write, not even one rolled back: the answer is the refusal the order gets.
  if (!erpTakesOrders(integration.erpType)) {
    return { ok: false as const, problem: { code: "erpReadOnly" as const, params: { integration: integration.name } } };
  }
  const settings = readSettings(integration.settings);
  const command = stepCommand({ order, step: "create", settings, dryRun: true });
  return dryRunZk({
    companyId: order.companyId,
    agentId: integration.agentId,
    connection: integration.agentConnection,
    command,
    settings,
  });
}

/**
 * Sends a dry-run ZK command and waits for the document the ERP would write, or its refusal;
 * with the settings' warehouses, so the preview can name the ones it reserves in.
 */
export async function dryRunZk(options: {
  companyId: string;
  agentId: string;
  connection?: string;
  command: TStepCommand;
  settings: TIntegrationSettings;
}) {
  const { command } = options;
  if ("problem" in command) return { ok: false as const, problem: command.problem };
  const answer = await runLiveCommand({
    companyId: options.companyId,
    agentId: options.agentId,
    connection: options.connection,
    name: command.name,
    input: command.input,
    purpose: "dry-run",
    timeoutMs: DRY_RUN_TIMEOUT_MS,
  });
  if (!answer.ok) {
    const problem = refusalProblem({ step: "order", message: answer.problem, problem: answer.why });
    return { ok: false as const, problem };
  }
  const preview = ZErpOrderCreateResult.parse(answer.command.result);
  return { ok: true as const, preview, warehouses: options.settings.warehouses };
}

export type TDryRunZk = Awaited<ReturnType<typeof dryRunZk>>;
