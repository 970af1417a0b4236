import { NextResponse } from "next/server";
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
    return NextResponse.json(answer.body, { status: answer.status, headers: answer.headers });
  };
}
