import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";
import { acceptOrder } from "@/server/orders/accept-order.ts";

/** 201 with the new order; 200 with the stored one when its externalId came before. */
export const POST = channelApiHandler(async ({ channel, request }) => {
  const { created, order } = await acceptOrder({ channel, input: await readJsonBody(request) });
  return { status: created ? 201 : 200, body: { order } };
});
