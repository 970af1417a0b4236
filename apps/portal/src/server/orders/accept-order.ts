import { ZOrderInput } from "@erp-bridge/shared";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { getDb, runTransaction } from "../platform/database/db.ts";
import { recordOrderAccepted } from "../platform/metrics/metrics.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import { advanceOrder } from "./advance-order.ts";
import { addOrderEvent } from "./order-events.ts";
import { ORDER_INCLUDE, toOrderView } from "./order-view.ts";
import { resolveOrderLines } from "./resolve-order-lines.ts";

/**
 * Takes an order from a channel. It is stored with its lines, its first timeline line and the
 * ERP command for its ZK in one transaction, so once this returns (and the caller answers 201)
 * nothing is lost, and the agent gets the order at once if it is online. The same external id
 * from the same channel returns the stored order (created: false), also when two requests race.
 */
export async function acceptOrder(options: { channel: TApiChannel; input: unknown }) {
  const input = parseInput({ schema: ZOrderInput, input: options.input });
  const { channel } = options;
  const id = uuidV7();
  const result = await runTransaction(async (tx) => {
    const lines = await resolveOrderLines({ tx, companyId: channel.companyId, lines: input.lines });
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Order" ("id", "companyId", "channelId", "externalId", "status", "buyer", "delivery",
        "paymentMethod", "documentWanted", "notes", "currency", "totalGross", "updatedAt")
      VALUES (${id}::uuid, ${channel.companyId}::uuid, ${channel.id}::uuid, ${input.externalId}, 'new',
        ${JSON.stringify(input.buyer)}::jsonb, ${JSON.stringify({ method: input.deliveryMethod })}::jsonb,
        ${input.paymentMethod}, ${input.document === "invoice" ? "INVOICE" : "RECEIPT"}::"OrderDocument",
        ${input.notes ?? null}, ${input.currency}, ${input.totalGross}, now())
      ON CONFLICT ("channelId", "externalId") DO NOTHING
      RETURNING "id"`;
    if (inserted.length === 0) return { created: false as const };
    await tx.orderLine.createMany({
      data: lines.map(({ line, product }, index) => ({
        orderId: id,
        lineNo: index + 1,
        productId: product.erpId,
        sku: product.sku,
        name: product.name,
        quantity: line.quantity,
        unitGross: line.unitGross,
        vatRate: line.vatRate,
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
  return { created: result.created, order: toOrderView(stored) };
}
