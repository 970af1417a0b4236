import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";
import { acceptOrder } from "@/server/orders/accept-order.ts";

/**
 * An order's answer is a few kilobytes at most: gzipping each costs the portal more CPU than it
 * saves on the wire (a tenth of the intake's time in bench:intake), so it is sent as it is.
 */
const UNCOMPRESSED = { "Cache-Control": "no-store, no-transform" };

/** 201 with the new order; 200 with the stored one when its externalId came before. */
export const POST = channelApiHandler(async ({ channel, request }) => {
  const { created, order } = await acceptOrder({ channel, input: await readJsonBody(request) });
  return { status: created ? 201 : 200, body: { order }, headers: UNCOMPRESSED };
});
