import { nextResponseOf } from "@/server/channels/channel-api/channel-api-handler.ts";
import { answerOrderIntake } from "@/server/channels/channel-api/post-order.ts";
import { jsonSourceOf } from "@/server/platform/http/read-json-body.ts";

/**
 * The portal's custom server answers this route itself (serve-order-intake.ts), before Next's
 * router; this handler serves it wherever Next does (a `next start`, the route's tests), with the
 * same intake (answerOrderIntake).
 */
export async function POST(request: Request) {
  const authorization = request.headers.get("authorization");
  const answer = await answerOrderIntake({ authorization, url: new URL(request.url), body: jsonSourceOf(request) });
  return nextResponseOf(answer);
}
