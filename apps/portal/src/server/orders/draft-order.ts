import type { TOrderInput } from "@erp-bridge/shared";
import { Prisma } from "../../generated/prisma/client.ts";
import type { TApiChannel } from "../platform/auth/api-channel.ts";
import { uuidV7 } from "../platform/database/uuid-v7.ts";
import type { TOrderRow } from "./order-view.ts";
import type { TPricedLine } from "./price-order-lines.ts";

/**
 * A new order as it will be stored, every column of it, built in memory: the intake decides its
 * ERP step on it, inserts it as it is (one JSON document per row, so a column taken from the
 * channel is one line here) and answers the channel with it without reading it back.
 */
export function draftOrder(options: {
  channel: TApiChannel;
  input: TOrderInput;
  digest: string;
  lines: TPricedLine[];
  totalGross: number;
  now: Date;
}): TOrderRow {
  const { channel, input, now } = options;
  const id = uuidV7(now.getTime());
  return {
    id,
    companyId: channel.companyId,
    // The ERP of the channel's integration at intake: every later step goes to it.
    integrationId: channel.integrationId,
    channelId: channel.id,
    externalId: input.externalId,
    inputDigest: options.digest,
    status: "new",
    buyer: input.buyer,
    delivery: { method: input.deliveryMethod },
    paymentMethod: input.paymentMethod,
    documentWanted: input.document === "invoice" ? "INVOICE" : "RECEIPT",
    notes: input.notes ?? null,
    currency: input.currency,
    totalGross: new Prisma.Decimal(options.totalGross),
    paidAmount: new Prisma.Decimal(0),
    paidAt: null,
    erpCustomerId: null,
    erpCustomerSymbol: null,
    erpOrderId: null,
    erpOrderNumber: null,
    erpOrderClosed: false,
    erpSaleId: null,
    erpSaleType: null,
    erpSaleNumber: null,
    erpTransferNumber: null,
    erpState: "PENDING",
    erpStep: null,
    erpCommandId: null,
    erpAttempt: 0,
    nextAttemptAt: null,
    lastError: null,
    lastErrorCode: null,
    lastErrorParams: null,
    lastErrorAt: null,
    holdReleasedAt: null,
    holdReleasedBy: null,
    createdAt: now,
    updatedAt: now,
    lines: options.lines.map(({ line, product, unitGross, vatRate, pricedBy }, index) => ({
      orderId: id,
      lineNo: index + 1,
      productId: product.erpId,
      sku: product.sku,
      name: product.name,
      quantity: new Prisma.Decimal(line.quantity),
      unitGross: new Prisma.Decimal(unitGross),
      vatRate: new Prisma.Decimal(vatRate),
      pricedBy,
    })),
    events: [],
    returns: [],
  };
}
