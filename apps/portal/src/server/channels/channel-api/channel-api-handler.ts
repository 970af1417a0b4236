import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { authenticateApiKey, type TRateLimit } from "../api-keys/authenticate-api-key.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { queryParamsOf, type TQueryParams } from "./parse-query.ts";
import { errorResponse } from "../../platform/http/error-response.ts";

type TChannelApiContext = {
  channel: TApiChannel;
  query: TQueryParams;
  params: TQueryParams;
  requestId: string;
  request: Request;
};

function rateLimitHeaders(rateLimit: TRateLimit): Record<string, string> {
  return { "X-RateLimit-Limit": String(rateLimit.limit), "X-RateLimit-Remaining": String(rateLimit.remaining) };
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Wraps a channel API route: authenticates the bearer key, counts the request against the
 * key's limit (429 with Retry-After when over), and answers with the rate-limit headers and
 * a request id; errors take the shape every API route uses.
 */
export function channelApiHandler(
  handler: (ctx: TChannelApiContext) => Promise<{ status?: number; body: unknown; headers?: Record<string, string> }>,
) {
  return async (request: Request, context?: { params: Promise<TQueryParams> }): Promise<NextResponse> => {
    const requestId = randomUUID();
    let headers: Record<string, string> = {};
    try {
      const caller = await authenticateApiKey({ request });
      headers = rateLimitHeaders(caller.rateLimit);
      if (!caller.rateLimit.allowed) {
        headers["Retry-After"] = String(caller.rateLimit.retryAfterSeconds);
        throw new AppError({
          code: "RATE_LIMITED",
          message: `API key ${caller.apiKeyId} over ${caller.rateLimit.limit} requests per minute`,
          userMessage: `Too many requests: at most ${caller.rateLimit.limit} per minute`,
        });
      }
      const params = (await context?.params) ?? {};
      const query = queryParamsOf(new URL(request.url));
      const result = await handler({ channel: caller.channel, query, params, requestId, request });
      return NextResponse.json(result.body, {
        status: result.status ?? 200,
        headers: { ...headers, ...result.headers, "x-request-id": requestId },
      });
    } catch (error) {
      if (error instanceof AppError && error.code === "UNAUTHORIZED") headers["WWW-Authenticate"] = "Bearer";
      return withHeaders(errorResponse({ error, requestId }), headers);
    }
  };
}
