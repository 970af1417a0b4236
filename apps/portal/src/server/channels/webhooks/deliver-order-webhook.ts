import { ORDER_UPDATED_EVENT, ZOrderUpdatedEvent } from "@erp-bridge/shared";
import { getDb } from "../../platform/database/db.ts";
import { ORDER_INCLUDE, toOrderView } from "../../orders/order-view.ts";
import { postSigned } from "./post-signed.ts";
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
