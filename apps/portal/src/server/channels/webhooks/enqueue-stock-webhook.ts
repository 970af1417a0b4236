import type { TTx } from "../../platform/database/db.ts";
import { sendJob } from "../../platform/jobs/send-job.ts";

/**
 * Queues the `stock.changed` webhooks for products whose stock changed in one integration's copy,
 * in the caller's transaction, when a channel of that integration has a webhook. The queue is already started by
 * the engine that applies the change (starting it here would take a second connection).
 */
export async function enqueueStockWebhook(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  productIds: number[];
}) {
  const { tx, companyId, integrationId, productIds } = options;
  if (productIds.length === 0) return;
  const channels = await tx.salesChannel.count({
    where: { companyId, integrationId, disabledAt: null, webhookUrl: { not: null } },
  });
  if (channels === 0) return;
  await sendJob("stock-webhook", { companyId, integrationId, productIds }, { tx });
}
