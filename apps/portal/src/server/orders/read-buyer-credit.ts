import { ZOrderBuyer } from "@erp-bridge/shared";
import type { TTx } from "../platform/database/db.ts";
import type { TBuyerCredit } from "./decide-erp-step.ts";
import { findPricingCustomer } from "./find-pricing-customer.ts";

/**
 * What the credit rule judges an order by: its channel's kind and the buyer's customer in its
 * integration's cloud copy, the one the agent will write the ZK for (found as the order's prices are: NIP, else
 * e-mail), with its credit. No customer: one the ERP does not know yet, who owes nothing.
 */
export async function readBuyerCredit(options: {
  tx: TTx;
  order: { integrationId: string | null; channelId: string; buyer: unknown };
}): Promise<TBuyerCredit> {
  const { tx, order } = options;
  const channel = await tx.salesChannel.findUniqueOrThrow({ where: { id: order.channelId }, select: { kind: true } });
  if (channel.kind !== "B2B") return { channelKind: channel.kind, customer: null };
  const buyer = ZOrderBuyer.parse(order.buyer);
  const found = await findPricingCustomer({
    tx,
    integrationId: order.integrationId,
    by: { email: buyer.email, ...(buyer.nip && { nip: buyer.nip }) },
  });
  return { channelKind: channel.kind, customer: found?.credit ?? null };
}
