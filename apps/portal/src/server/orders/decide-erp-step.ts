import { outboxCommand, withAgent, type TOutboxCommand } from "../agent-link/outbox-command.ts";
import type { TIntegrationSettings } from "../settings/integration-settings.ts";
import { creditBreach, type TCustomerCredit } from "./credit-breach.ts";
import { issuedInErp, nextErpStep, type TErpStep } from "./next-erp-step.ts";
import { stepOf, type TOrderProblem } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";
import { stepCommand } from "./step-command.ts";

/** How long one ERP write may take on the agent once it has it (an offline agent: it waits). */
const STEP_TIMEOUT_MS = 120_000;
/** An order without an agent is looked at again this often: an agent may be assigned meanwhile. */
const NO_AGENT_RETRY_MS = 30_000;

/**
 * The integration as the decision needs it: its agent (null: none, or revoked), the agent's ERP
 * connection it names (`agentConnection`), whether the agent listed that connection, its name,
 * whether its ERP is read-only (Comarch ERP Optima: no document may be written there), and settings.
 */
export type TStepIntegration = {
  agentId: string | null;
  connection: string;
  connectionKnown: boolean;
  name: string;
  readOnly: boolean;
  settings: TIntegrationSettings;
};

/** What the credit rule judges: the order's channel kind and its buyer's customer in the copy (null: unknown). */
export type TBuyerCredit = { channelKind: string; customer: TCustomerCredit | null };

export type TStepDecision =
  /** In flight, refused (staff decide), held, or before a passing failure's retry time. */
  | { kind: "wait" }
  | { kind: "noAgent"; retryAt: Date }
  /** The agent has not said it serves the integration's ERP connection: looked at again, as without an agent. */
  | { kind: "connectionUnknown"; connection: string; retryAt: Date }
  /** The ERP is up to date. */
  | { kind: "idle" }
  | { kind: "hold"; problem: TOrderProblem }
  /** The ERP's operator issues this document; `announce`: the first time the order waits for it. */
  | { kind: "awaitErp"; step: TErpStep; problem: TOrderProblem; announce: boolean }
  | { kind: "fail"; step: TErpStep; problem: TOrderProblem }
  | { kind: "send"; step: TErpStep; command: TOutboxCommand };

/**
 * Whether deciding needs the buyer's credit: a ZK about to be sent under a holding rule, for an
 * order neither held already nor released by staff. Callers read it only then.
 */
export function needsBuyerCredit(order: TOrderRow, integration: TStepIntegration | null): boolean {
  if (!integration?.agentId || integration.settings.creditHolds.policy === "accept") return false;
  if (order.holdReleasedAt !== null || order.erpState === "HELD") return false;
  return nextErpStep(order, integration.settings) === "create";
}

/**
 * The order's next ERP move, from data read once and nothing else, so the intake can fold it into
 * the statement that stores a new order and the order engine can apply it to a stored one. A B2B
 * order is held for staff before its ZK when the credit rule says so, judged as the ZK is about to
 * be queued (the copy is then as fresh as it gets), and once released never held again.
 */
export function decideErpStep(options: {
  order: TOrderRow;
  integration: TStepIntegration | null;
  /** Required when `needsBuyerCredit` says so. */
  credit: TBuyerCredit | null;
  now: Date;
}): TStepDecision {
  const { order, integration, now } = options;
  if (order.erpCommandId || order.erpState === "FAILED") return { kind: "wait" };
  if (order.nextAttemptAt && order.nextAttemptAt > now) return { kind: "wait" };
  if (integration?.readOnly) return readOnlyDecision(order, integration);
  if (!integration?.agentId) return { kind: "noAgent", retryAt: new Date(now.getTime() + NO_AGENT_RETRY_MS) };
  const { settings, agentId } = integration;
  const step = nextErpStep(order, settings);
  if (!step) return { kind: "idle" };
  if (step === "create" && order.holdReleasedAt === null) {
    if (order.erpState === "HELD") return { kind: "wait" };
    const problem = creditHold({ ...options, settings });
    if (problem) return { kind: "hold", problem };
  }
  if (issuedInErp(step, settings)) {
    const problem: TOrderProblem = { code: "awaitingErp", params: { step: stepOf(step) } };
    return { kind: "awaitErp", step, problem, announce: order.erpStep !== step };
  }
  const command = stepCommand({ order, step, settings });
  if ("problem" in command) return { kind: "fail", step, problem: command.problem };
  if (!integration.connectionKnown) return connectionUnknown(integration.connection, now);
  const checked = outboxCommand({
    companyId: order.companyId,
    connection: integration.connection,
    name: command.name,
    input: command.input,
    idempotencyKey: `order:${order.id}:${step}:${order.erpAttempt}`,
    timeoutMs: STEP_TIMEOUT_MS,
  });
  return { kind: "send", step, command: withAgent(checked, agentId) };
}

/**
 * An order whose integration is read-only when a step is due (a company's orders taken before it
 * had an integration, given a read-only first one; a connection the agent reports as Optima):
 * refused for staff to cancel, with or without an agent, never sent to an ERP that takes no writes.
 */
function readOnlyDecision(order: TOrderRow, integration: TStepIntegration): TStepDecision {
  const step = nextErpStep(order, integration.settings);
  if (!step) return { kind: "idle" };
  return { kind: "fail", step, problem: { code: "erpReadOnly", params: { integration: integration.name } } };
}

/** The decision when the agent refuses the integration's connection (also when it says so only at the insert). */
export function connectionUnknown(connection: string, now: Date): TStepDecision {
  return { kind: "connectionUnknown", connection, retryAt: new Date(now.getTime() + NO_AGENT_RETRY_MS) };
}

/** Why the credit rule holds the order (null: it may go); what the copy does not know holds nothing. */
function creditHold(options: {
  order: TOrderRow;
  settings: TIntegrationSettings;
  credit: TBuyerCredit | null;
  now: Date;
}): TOrderProblem | null {
  const rule = options.settings.creditHolds;
  if (rule.policy === "accept") return null;
  if (!options.credit) throw new Error(`order ${options.order.id}: the credit rule needs the buyer's credit`);
  const { channelKind, customer } = options.credit;
  if (channelKind !== "B2B" || !customer) return null;
  return creditBreach({ rule, customer, total: Number(options.order.totalGross), now: options.now });
}
