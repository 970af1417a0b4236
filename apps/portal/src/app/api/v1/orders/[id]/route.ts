import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { getOrder } from "@/server/orders/get-order.ts";

export const GET = channelApiHandler(async ({ channel, params }) => ({
  body: { order: await getOrder({ caller: { channel }, orderId: String(params.id) }) },
}));
