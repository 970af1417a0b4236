import { ZOrderBuyer } from "@erp-bridge/shared";
import type { TTx } from "../platform/database/db.ts";
import type { TCreditHolds } from "../settings/integration-settings.ts";
import { creditBreach, type TCustomerCredit } from "./credit-breach.ts";
import { addOrderEvent } from "./order-events.ts";
import { problemColumns } from "./order-problem.ts";
import type { TOrderRow } from "./order-view.ts";

/**
 * The buyer's customer in the cloud copy, found as the agent finds it in the ERP when it writes
 * the ZK (create-customer.ts): by NIP (digits only) when the buyer gives one, else by e-mail
 * (case-blind). Null: a customer the ERP does not know yet, who owes nothing.
 */
async function copyCustomer(options: { tx: TTx; companyId: string; buyer: unknown }): Promise<TCustomerCredit | null> {
  const buyer = ZOrderBuyer.parse(options.buyer);
  const [row] = await options.tx.$queryRaw<
    { creditLimit: string; balance: string | null; overdueAmount: string | null; oldestOverdueDueDate: Date | null }[]
  >`
    SELECT "creditLimit", "balance", "overdueAmount", "oldestOverdueDueDate" FROM "ErpCustomer"
    WHERE "companyId" = ${options.companyId}::uuid
      AND CASE WHEN ${buyer.nip ?? null}::text IS NOT NULL
               THEN regexp_replace("nip", '[^0-9]', '', 'g') = ${buyer.nip ?? null}::text
               ELSE lower("email") = lower(${buyer.email}) END
    ORDER BY "erpId" LIMIT 1`;
  if (!row) return null;
  const amount = (value: string | null) => (value === null ? null : Number(value));
  return {
    creditLimit: Number(row.creditLimit),
    balance: amount(row.balance),
    overdueAmount: amount(row.overdueAmount),
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
  const customer = await copyCustomer({ tx, companyId: order.companyId, buyer: order.buyer });
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
