import { NextResponse } from "next/server";
import type { TApiAnswer } from "../../platform/http/error-answer.ts";
import type { TQueryParams } from "./parse-query.ts";
import { answerChannelApi, type TChannelApiContext, type TChannelApiResult } from "./answer-channel-api.ts";

/** A channel API route handler for Next (answerChannelApi; the route also gets the Request). */
export function channelApiHandler(
  handler: (ctx: TChannelApiContext & { request: Request }) => Promise<TChannelApiResult>,
) {
  return async (request: Request, context?: { params: Promise<TQueryParams> }): Promise<NextResponse> => {
    const params = (await context?.params) ?? {};
    const answer = await answerChannelApi({
      authorization: request.headers.get("authorization"),
      url: new URL(request.url),
      params,
      route: (ctx) => handler({ ...ctx, request }),
    });
    return nextResponseOf(answer);
  };
}

/** A channel API answer as Next sends it. */
export function nextResponseOf(answer: TApiAnswer): NextResponse {
  return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
}
