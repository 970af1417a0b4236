import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";
import { recordPayment } from "@/server/orders/record-payment.ts";

/** 201 for a new payment; 200 when its reference was recorded before. */
export const POST = channelApiHandler(async ({ channel, params, request }) => {
  const input = await readJsonBody(request);
  const { created, order } = await recordPayment({ caller: { channel }, orderId: String(params.id), input });
  return { status: created ? 201 : 200, body: { order } };
});
