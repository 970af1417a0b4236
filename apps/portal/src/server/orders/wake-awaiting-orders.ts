import type { TTx } from "../platform/database/db.ts";

/**
 * Hands the company's orders that wait for a document from the ERP's operator back to the order
 * engine, in the settings save's transaction: when the integration now has our writer issue sale
 * documents, the engine sends them; when it still leaves them to Subiekt, they wait again.
 */
export async function wakeAwaitingOrders(options: { tx: TTx; companyId: string }): Promise<number> {
  const woken = await options.tx.order.updateMany({
    where: { companyId: options.companyId, erpState: "AWAITING_ERP" },
    data: { erpState: "PENDING", nextAttemptAt: null },
  });
  return woken.count;
}
