import { ORDER_UPDATED_EVENT, ZOrderUpdatedEvent } from "@erp-bridge/shared";
import { getDb, runTransaction } from "../../platform/database/db.ts";
import { addOrderEvent } from "../../orders/order-events.ts";
import { ORDER_INCLUDE, toOrderView } from "../../orders/order-view.ts";
import { failureText, postSigned } from "./post-signed.ts";
import { openWebhookSecret } from "./webhook-secret.ts";

/**
 * Tells the order's channel how the order stands now (as GET /api/v1/orders/{id} would), signed
 * with the channel's secret. Throws on a failed delivery so the job retries; deliveries carry the
 * whole current order, so a repeat is harmless.
 */
export async function deliverOrderWebhook(options: { orderId: string }): Promise<void> {
  const order = await getDb().order.findUnique({
    where: { id: options.orderId },
    include: {
      ...ORDER_INCLUDE,
      channel: { select: { id: true, webhookUrl: true, webhookSecret: true, disabledAt: true } },
    },
  });
  const channel = order?.channel;
  if (!order || !channel?.webhookUrl || !channel.webhookSecret || channel.disabledAt) return;
  const body = JSON.stringify(
    ZOrderUpdatedEvent.parse({ type: ORDER_UPDATED_EVENT, channelId: channel.id, order: toOrderView(order) }),
  );
  await postSigned({
    url: channel.webhookUrl,
    secret: openWebhookSecret(channel.webhookSecret),
    event: ORDER_UPDATED_EVENT,
    body,
  });
}

/**
 * One attempt of the order-webhook job. Each attempt signs afresh (a new timestamp), so a
 * receiver checking the signature's age accepts a late retry. When the last attempt the queue
 * allows fails, the order's timeline says so for staff (without telling the channel, which
 * would only start another round) and the job ends failed.
 */
export async function runOrderWebhookJob(options: { orderId: string; attempt: number; retryLimit: number }) {
  try {
    await deliverOrderWebhook({ orderId: options.orderId });
  } catch (error) {
    if (options.attempt >= options.retryLimit) {
      const attempts = options.attempt + 1;
      const order = await getDb().order.findUnique({ where: { id: options.orderId }, select: { companyId: true } });
      if (order) {
        await runTransaction((tx) =>
          addOrderEvent({
            tx,
            order: { id: options.orderId, companyId: order.companyId },
            type: "webhook_failed",
            message: `The channel's webhook was not accepted after ${attempts} attempts; gave up: ${failureText(error)}`,
            actor: "system",
            data: { attempts, error: failureText(error) },
            notifyChannel: false,
          }),
        );
      }
    }
    throw error;
  }
}
