import { channelApiHandler } from "@/server/channels/channel-api/channel-api-handler.ts";
import { postOrder } from "@/server/channels/channel-api/post-order.ts";
import { jsonSourceOf } from "@/server/platform/http/read-json-body.ts";

/**
 * The portal's custom server answers this route itself (serve-order-intake.ts), before Next's
 * router; this handler serves it wherever Next does (a `next start`, the route's tests).
 */
export const POST = channelApiHandler((ctx) => postOrder({ ...ctx, body: jsonSourceOf(ctx.request) }));
