import { ZOrderInput, type TOrderInput } from "@erp-bridge/shared";
import type { TOutboxCommand } from "../agent-link/outbox-command.ts";
import { publish } from "../agent-link/publish.ts";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { getDb, runTransaction } from "../platform/database/db.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { ensureJobQueue } from "../platform/jobs/job-queue.ts";
import { sendJob } from "../platform/jobs/send-job.ts";
import { recordOrderAccepted } from "../platform/metrics/metrics.ts";
import { decideErpStep } from "./decide-erp-step.ts";
import { draftOrder } from "./draft-order.ts";
import { erpStepChanges } from "./erp-step-changes.ts";
import { insertNewOrder, type TInsertResult } from "./insert-new-order.ts";
import { orderEventRow } from "./order-events.ts";
import { orderInputDigest } from "./order-input-digest.ts";
import { ORDER_INCLUDE, toOrderView, type TOrderRow } from "./order-view.ts";
import { priceOrderLines } from "./price-order-lines.ts";
import { readIntakeContext, type TIntakeContext } from "./read-intake-context.ts";
import { resolveOrderLines } from "./resolve-order-lines.ts";
import { formProblem } from "../platform/errors/form-problem.ts";
import { erpTakesOrders } from "../settings/erp-type.ts";

/**
 * Takes an order from a channel. One read gathers what the order is decided with (its products,
 * the integration, the B2B buyer's customer); the order, its lines, its first timeline lines and
 * the ERP command for its ZK (or its credit hold, or why it waits) are then stored by one
 * statement, all or nothing, so once this returns (and the caller answers 201) nothing is lost,
 * and the agent gets the order at once if it is online. The answer is the order as stored, built
 * in memory. The same external id from the same channel with the same content returns the stored
 * order (created: false), also when two requests race; with other content it is refused
 * (EXTERNAL_ID_REUSED, 409) rather than answered with the old order as if the new content had
 * been taken. A channel changes an order through its status and cancellation endpoints, or
 * cancels it and sends a new one.
 */
export async function acceptOrder(options: { channel: TApiChannel; input: unknown }) {
  return acceptCheckedOrder({ channel: options.channel, input: checkOrderInput(options.input), context: null });
}

/** An order as a channel sent it, checked: INVALID_INPUT (400) naming each field it refuses. */
export function checkOrderInput(input: unknown): TOrderInput {
  return parseInput({ schema: ZOrderInput, input });
}

/**
 * acceptOrder for an input already checked (checkOrderInput), with its context when that was
 * already read (the intake reads it in its API key's statement; null: read it here).
 */
export async function acceptCheckedOrder(options: {
  channel: TApiChannel;
  input: TOrderInput;
  context: TIntakeContext | null;
}) {
  const { channel, input } = options;
  const digest = orderInputDigest(input);
  refuseReadOnlyErp(channel);
  // A second pass only when the agent was revoked, or stopped listing the integration's ERP
  // connection, between the read and the insert: it reads the context afresh.
  for (let pass = 0; pass < 2; pass++) {
    const context = (pass === 0 && options.context) || (await readIntakeContext({ channel, input }));
    const { order, command } = await decideNewOrder({ channel, input, digest, context });
    const result = await storeNewOrder({ order, command, webhooks: context.webhooks });
    if (result.outcome === "agentGone") continue;
    if (result.outcome === "known") return { created: false, order: await knownOrder({ channel, input, digest }) };
    recordOrderAccepted();
    return { created: true, order: toOrderView(order) };
  }
  throw new Error(`order ${input.externalId} of channel ${channel.id}: the agent changed while it was taken`);
}

/** The new order with its lines priced, its ERP step decided, and its timeline as it starts. */
async function decideNewOrder(options: {
  channel: TApiChannel;
  input: TOrderInput;
  digest: string;
  context: TIntakeContext;
}): Promise<{ order: TOrderRow; command: TOutboxCommand | null }> {
  const { channel, input, context } = options;
  const resolved = resolveOrderLines({ products: context.products, lines: input.lines });
  const priced = await priceOrderLines({ channel, input, lines: resolved, customer: context.customer });
  const now = new Date();
  const draft = draftOrder({ ...options, ...priced, now });
  const credit = { channelKind: channel.kind, customer: context.customer?.credit ?? null };
  const decision = decideErpStep({ order: draft, integration: context.integration, credit, now });
  const changes = erpStepChanges(decision, now);
  const received = { type: "received", message: `Received from the channel as ${input.externalId}` } as const;
  const events = [
    orderEventRow({ order: draft, ...received, actor: "channel" }),
    ...(changes?.event ? [orderEventRow({ order: draft, ...changes.event, actor: "system" })] : []),
  ];
  const order = { ...draft, ...changes?.columns, events: events.map((event) => ({ ...event, at: now })) };
  return { order, command: changes?.command ?? null };
}

/**
 * The one insert; with it, for a channel that takes webhooks, the job that tells the channel
 * (pg-boss's own statement, so then in one transaction: the order is never stored untold).
 */
async function storeNewOrder(options: {
  order: TOrderRow;
  command: TOutboxCommand | null;
  webhooks: boolean;
}): Promise<TInsertResult> {
  const { order, command } = options;
  let result: TInsertResult;
  if (options.webhooks) {
    await ensureJobQueue();
    result = await runTransaction(async (tx) => {
      const inserted = await insertNewOrder({ order, command, tx });
      if (inserted.outcome === "created") await sendJob("order-webhook", { orderId: order.id }, { tx });
      return inserted;
    });
  } else {
    result = await insertNewOrder({ order, command });
  }
  // Announced after the commit, in a statement of its own (see outboxInsertCtes for why).
  if (result.outcome === "created" && command) {
    await publish({ channel: "command-available", event: { agentId: command.agentId } });
  }
  return result;
}

/**
 * The order a known externalId names, as the channel gets it again; with other content than this
 * request's, a refusal. Orders stored before digests were kept have none: they are answered as before.
 */
async function knownOrder(options: { channel: TApiChannel; input: TOrderInput; digest: string }) {
  const { channel, input } = options;
  const stored = await getDb().order.findUniqueOrThrow({
    where: { channelId_externalId: { channelId: channel.id, externalId: input.externalId } },
    include: ORDER_INCLUDE,
  });
  if (stored.inputDigest !== null && stored.inputDigest !== options.digest) {
    throw new AppError({
      code: "EXTERNAL_ID_REUSED",
      message: `externalId ${input.externalId} of channel ${channel.id} already names an order with other content`,
      userMessage:
        "This externalId already names an order with different content. To change an order use its status or " +
        "cancellation endpoint; for a different order send a new externalId.",
      fieldErrors: { externalId: [fieldProblem("externalIdReused")] },
    });
  }
  return toOrderView(stored);
}

/** A channel whose integration's ERP is read-only (Comarch ERP Optima for now) takes no orders. */
function refuseReadOnlyErp(channel: TApiChannel): void {
  if (channel.erpType === null || erpTakesOrders(channel.erpType)) return;
  throw new AppError({
    code: "ERP_READ_ONLY",
    message: `channel ${channel.id}: its integration's ERP (${channel.erpType}) takes no orders`,
    userMessage:
      "This channel's ERP is connected read-only (stock, prices and reports): it takes no orders. " +
      "Send orders through a channel of an integration that writes to its ERP.",
    problem: formProblem("erpReadOnly"),
  });
}
