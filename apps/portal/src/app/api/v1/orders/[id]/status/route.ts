import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";
import { changeOrderStatus } from "@/server/orders/change-order-status.ts";

export const POST = channelApiHandler(async ({ channel, params, request }) => {
  const input = await readJsonBody(request);
  return { body: { order: await changeOrderStatus({ caller: { channel }, orderId: String(params.id), input }) } };
});
