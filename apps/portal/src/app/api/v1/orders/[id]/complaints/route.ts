import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";
import { registerReturn } from "@/server/orders/register-return.ts";

export const POST = channelApiHandler(async ({ channel, params, request }) => {
  const input = await readJsonBody(request);
  const order = await registerReturn({ caller: { channel }, orderId: String(params.id), kind: "COMPLAINT", input });
  return { status: 201, body: { order } };
});
