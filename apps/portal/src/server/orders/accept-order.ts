import { ZOrderInput } from "@erp-bridge/shared";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { getDb, runTransaction } from "../platform/database/db.ts";
import { recordOrderAccepted } from "../platform/metrics/metrics.ts";
import { AppError } from "../platform/errors/app-error.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { advanceOrder } from "./advance-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { ORDER_INCLUDE, toOrderView } from "./order-view.ts";
import { orderInputDigest } from "./order-input-digest.ts";
import { priceOrderLines } from "./price-order-lines.ts";
import { resolveOrderLines } from "./resolve-order-lines.ts";
import { fieldProblem } from "../platform/errors/field-problem.ts";
import { formProblem } from "../platform/errors/form-problem.ts";
import { erpTakesOrders } from "../settings/erp-type.ts";

/**
 * Takes an order from a channel. It is stored with its lines, its first timeline line and the
 * ERP command for its ZK in one transaction, so once this returns (and the caller answers 201)
 * nothing is lost, and the agent gets the order at once if it is online. The same external id
 * from the same channel with the same content returns the stored order (created: false), also
 * when two requests race; with other content it is refused (EXTERNAL_ID_REUSED, 409) rather than
 * answered with the old order as if the new content had been taken. A channel changes an order
 * through its status and cancellation endpoints, or cancels it and sends a new one.
 */
export async function acceptOrder(options: { channel: TApiChannel; input: unknown }) {
  const input = parseInput({ schema: ZOrderInput, input: options.input });
  const { channel } = options;
  const id = uuidV7();
  const digest = orderInputDigest(input);
  refuseReadOnlyErp(channel);
  const result = await runTransaction(async (tx) => {
    const resolved = await resolveOrderLines({ tx, integrationId: channel.integrationId, lines: input.lines });
    const { lines, totalGross } = await priceOrderLines({ tx, channel, input, lines: resolved });
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Order" ("id", "companyId", "integrationId", "channelId", "externalId", "inputDigest", "status", "buyer", "delivery",
        "paymentMethod", "documentWanted", "notes", "currency", "totalGross", "updatedAt")
      VALUES (${id}::uuid, ${channel.companyId}::uuid, ${channel.integrationId}::uuid, ${channel.id}::uuid, ${input.externalId}, ${digest}, 'new',
        ${JSON.stringify(input.buyer)}::jsonb, ${JSON.stringify({ method: input.deliveryMethod })}::jsonb,
        ${input.paymentMethod}, ${input.document === "invoice" ? "INVOICE" : "RECEIPT"}::"OrderDocument",
        ${input.notes ?? null}, ${input.currency}, ${totalGross}, now())
      ON CONFLICT ("channelId", "externalId") DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) return { created: false as const };
    await tx.orderLine.createMany({
      data: lines.map(({ line, product, unitGross, vatRate, pricedBy }, index) => ({
        orderId: id,
        lineNo: index + 1,
        productId: product.erpId,
        sku: product.sku,
        name: product.name,
        quantity: line.quantity,
        unitGross,
        vatRate,
        ...(pricedBy && { pricedBy }),
      })),
    });
    const order = { id, companyId: channel.companyId };
    await addOrderEvent({
      tx,
      order,
      type: "received",
      message: `Received from the channel as ${input.externalId}`,
      actor: "channel",
    });
    await advanceOrder({ tx, orderId: id });
    return { created: true as const };
  });
  if (result.created) recordOrderAccepted();
  const stored = await getDb().order.findUniqueOrThrow({
    where: result.created ? { id } : { channelId_externalId: { channelId: channel.id, externalId: input.externalId } },
    include: ORDER_INCLUDE,
  });
  // Orders stored before digests were kept have none: they are answered as before.
  if (!result.created && stored.inputDigest !== null && stored.inputDigest !== digest) {
    throw new AppError({
      code: "EXTERNAL_ID_REUSED",
      message: `externalId ${input.externalId} of channel ${channel.id} already names an order with other content`,
      userMessage:
        "This externalId already names an order with different content. To change an order use its status or " +
        "cancellation endpoint; for a different order send a new externalId.",
      fieldErrors: { externalId: [fieldProblem("externalIdReused")] },
    });
  }
  return { created: result.created, order: toOrderView(stored) };
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
