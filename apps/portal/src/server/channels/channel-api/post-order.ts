import { acceptOrder } from "../../orders/accept-order.ts";
import { readJson, type TJsonSource } from "../../platform/http/read-json-body.ts";
import type { TChannelApiContext, TChannelApiResult } from "./answer-channel-api.ts";

/**
 * An order's answer is a few kilobytes at most: gzipping each costs the portal more CPU than it
 * saves on the wire (a tenth of the intake's time in bench:intake), so it is sent as it is.
 */
const UNCOMPRESSED = { "Cache-Control": "no-store, no-transform" };

/**
 * `POST /api/v1/orders`: 201 with the new order; 200 with the stored one when its externalId came
 * before. The one intake route, whichever server answers it: the custom server's own
 * (serve-order-intake.ts) or Next's route handler.
 */
export async function postOrder(ctx: TChannelApiContext & { body: TJsonSource }): Promise<TChannelApiResult> {
  const { created, order } = await acceptOrder({ channel: ctx.channel, input: await readJson(ctx.body) });
  return { status: created ? 201 : 200, body: { order }, headers: UNCOMPRESSED };
}
