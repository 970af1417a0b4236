import type { TTx } from "../../platform/database/db.ts";
import { sendJob } from "../../platform/jobs/send-job.ts";

/**
 * Queues the `stock.changed` webhooks for products whose stock changed, in the caller's
 * transaction, when the company has a channel with a webhook. The queue is already started by
 * the engine that applies the change (starting it here would take a second connection).
 */
export async function enqueueStockWebhook(options: { tx: TTx; companyId: string; productIds: number[] }) {
  const { tx, companyId, productIds } = options;
  if (productIds.length === 0) return;
  const channels = await tx.salesChannel.count({ where: { companyId, disabledAt: null, webhookUrl: { not: null } } });
  if (channels === 0) return;
  await sendJob("stock-webhook", { companyId, productIds }, { tx });
}
