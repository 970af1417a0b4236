import { ZOrderBuyer } from "@erp-bridge/shared";
import type { TTx } from "../platform/database/db.ts";
import type { TCreditHolds } from "../settings/integration-settings.ts";
import { creditBreach, type TCustomerCredit } from "./credit-breach.ts";
import { findPricingCustomer } from "./find-pricing-customer.ts";
import { addOrderEvent } from "./order-events.ts";
import { problemColumns } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";

/**
 * The buyer's customer in the cloud copy, the one the agent will write the ZK for (found as the
 * order's prices are: NIP, else e-mail), with its credit. Null: a customer the ERP does not know
 * yet, who owes nothing.
 */
async function copyCustomer(options: {
  tx: TTx;
  integrationId: string | null;
  buyer: unknown;
}): Promise<TCustomerCredit | null> {
  const { tx, integrationId } = options;
  const buyer = ZOrderBuyer.parse(options.buyer);
  const found = await findPricingCustomer({
    tx,
    integrationId,
    by: { email: buyer.email, ...(buyer.nip && { nip: buyer.nip }) },
  });
  if (!found) return null;
  if (!integrationId) return null;
  const row = await tx.erpCustomer.findUniqueOrThrow({
    where: { integrationId_erpId: { integrationId, erpId: found.erpId } },
    select: { creditLimit: true, balance: true, overdueAmount: true, oldestOverdueDueDate: true },
  });
  return {
    creditLimit: Number(row.creditLimit),
    balance: row.balance === null ? null : Number(row.balance),
    overdueAmount: row.overdueAmount === null ? null : Number(row.overdueAmount),
    oldestOverdueDueDate: row.oldestOverdueDueDate?.toISOString().slice(0, 10) ?? null,
  };
}

/**
 * Holds a B2B order for staff before its ZK is written, when the integration's credit rule says
 * so; true while the order is held (the caller then sends nothing). Judged here, as the ZK is
 * about to be queued, and not when the channel posted it: the copy is then as fresh as it gets
 * before the ERP has the order, and an order that waited (agent offline, a passing failure) is
 * judged on the balance of the day it goes. Once held, it stays held until staff release it
 * (never held again: staff decided with the reason before them) or cancel it.
 */
export async function holdForCredit(options: { tx: TTx; order: TOrderRow; rule: TCreditHolds }): Promise<boolean> {
  const { tx, order, rule } = options;
  if (order.holdReleasedAt !== null) return false;
  if (order.erpState === "HELD") return true;
  if (rule.policy === "accept") return false;
  const channel = await tx.salesChannel.findUniqueOrThrow({ where: { id: order.channelId }, select: { kind: true } });
  if (channel.kind !== "B2B") return false;
  const customer = await copyCustomer({ tx, integrationId: order.integrationId, buyer: order.buyer });
  if (!customer) return false;
  const problem = creditBreach({ rule, customer, total: Number(order.totalGross), now: new Date() });
  if (!problem) return false;
  await tx.order.update({
    where: { id: order.id },
    data: {
      erpState: "HELD",
      erpStep: "create",
      nextAttemptAt: null,
      lastErrorAt: new Date(),
      ...problemColumns(problem),
    },
  });
  await addOrderEvent({ tx, order, type: "erp_held", problem, actor: "system" });
  return true;
}
