import { STOCK_CHANGED_EVENT, ZStockChangedEvent } from "@erp-bridge/shared";
import { readStockItems } from "../channel-api/read-stock-items.ts";
import { getDb } from "../../platform/database/db.ts";
import type { TJobAttempt } from "../../platform/jobs/job-catalogue.ts";
import { log } from "../../platform/log.ts";
import { failureText, postSigned } from "./post-signed.ts";
import { openWebhookSecret } from "./webhook-secret.ts";

type TTarget = {
  id: string;
  companyId: string;
  integrationId: string | null;
  priceLevel: number;
  warehouseIds: number[];
  safetyBuffer: number;
  webhookUrl: string;
  webhookSecret: string;
};

async function deliver(options: { channel: TTarget; productIds: number[] }): Promise<void> {
  const { channel } = options;
  const items = await readStockItems({ channel, productIds: options.productIds });
  const body = JSON.stringify(ZStockChangedEvent.parse({ type: STOCK_CHANGED_EVENT, channelId: channel.id, items }));
  await postSigned({
    url: channel.webhookUrl,
    secret: openWebhookSecret(channel.webhookSecret),
    event: STOCK_CHANGED_EVENT,
    body,
  });
}

/**
 * Tells every enabled channel of the integration whose copy changed with a webhook URL how stock now stands for these
 * products (the same items GET /api/v1/stock returns), signed with the channel's secret.
 * Throws when any delivery failed so the job retries; a retry resends to every channel, so
 * receivers should treat deliveries as idempotent (they carry current totals, not deltas).
 * When the queue's last attempt fails, each failing channel is marked for staff (its page says
 * the queue gave up, and why); a channel that accepts a delivery is cleared.
 */
export async function deliverStockWebhooks(
  options: { companyId: string; integrationId?: string; productIds: number[] },
  attempt?: TJobAttempt,
): Promise<void> {
  if (options.productIds.length === 0) return;
  const channels = await getDb().salesChannel.findMany({
    where: {
      companyId: options.companyId,
      ...(options.integrationId && { integrationId: options.integrationId }),
      disabledAt: null,
      webhookUrl: { not: null },
      webhookSecret: { not: null },
    },
    select: {
      id: true,
      companyId: true,
      integrationId: true,
      priceLevel: true,
      warehouseIds: true,
      safetyBuffer: true,
      webhookUrl: true,
      webhookSecret: true,
    },
  });
  const targets = channels.flatMap(({ webhookUrl, webhookSecret, ...rest }) =>
    webhookUrl && webhookSecret ? [{ ...rest, webhookUrl, webhookSecret }] : [],
  );
  const results = await Promise.allSettled(
    targets.map((channel) => deliver({ channel, productIds: options.productIds })),
  );
  const failed = results.flatMap((result, i) =>
    result.status === "rejected" ? [{ channelId: targets[i]?.id ?? "", error: failureText(result.reason) }] : [],
  );
  const accepted = targets.filter((_, i) => results[i]?.status === "fulfilled").map((target) => target.id);
  await getDb().salesChannel.updateMany({
    where: { id: { in: accepted }, webhookGaveUpAt: { not: null } },
    data: { webhookGaveUpAt: null, webhookGaveUpError: null },
  });
  if (failed.length === 0) return;
  const failures = failed.map((f) => `${f.channelId}: ${f.error}`);
  if (attempt !== undefined && attempt.attempt >= attempt.retryLimit) {
    const at = new Date();
    for (const { channelId, error } of failed) {
      await getDb().salesChannel.update({
        where: { id: channelId },
        data: { webhookGaveUpAt: at, webhookGaveUpError: error },
      });
    }
    log("error", "stock webhook given up", { companyId: options.companyId, attempts: attempt.attempt + 1, failures });
  } else {
    log("warn", "stock webhook delivery failed", { companyId: options.companyId, failures });
  }
  throw new Error(`stock webhooks failed for ${failures.length} of ${targets.length} channels: ${failures.join("; ")}`);
}
