import { randomUUID } from "node:crypto";
import type { TApiChannel } from "../../platform/auth/api-channel.ts";
import { authenticateApiKey, type TRateLimit, type TReadAlong } from "../api-keys/authenticate-api-key.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { queryParamsOf, type TQueryParams } from "./parse-query.ts";
import { errorAnswer, type TApiAnswer } from "../../platform/http/error-answer.ts";

export type TChannelApiContext = {
  channel: TApiChannel;
  query: TQueryParams;
  params: TQueryParams;
  requestId: string;
  /** What `readAlong` read in the key's statement (null without one). */
  along: unknown;
};

export type TChannelApiResult = { status?: number; body: unknown; headers?: Record<string, string> };

function rateLimitHeaders(rateLimit: TRateLimit): Record<string, string> {
  return { "X-RateLimit-Limit": String(rateLimit.limit), "X-RateLimit-Remaining": String(rateLimit.remaining) };
}

/**
 * A channel API request, whoever serves it (Next's route handlers, or the custom server for the
 * order intake): authenticates the bearer key, counts the request against the key's limit (429
 * with Retry-After when over), runs the route, and answers with the rate-limit headers and a
 * request id; errors take the shape every API route uses. Nothing here imports Next: the custom
 * server loads it before Next is ready, where `next/server` refuses to load.
 * `readAlong`: a read the route needs, made in the key's statement (see authenticateApiKey).
 */
export async function answerChannelApi(options: {
  authorization: string | null;
  url: URL;
  params: TQueryParams;
  readAlong?: TReadAlong;
  route: (ctx: TChannelApiContext) => Promise<TChannelApiResult>;
}): Promise<TApiAnswer> {
  const requestId = randomUUID();
  let headers: Record<string, string> = {};
  try {
    const caller = await authenticateApiKey({
      authorization: options.authorization,
      ...(options.readAlong && { readAlong: options.readAlong }),
    });
    headers = rateLimitHeaders(caller.rateLimit);
    if (!caller.rateLimit.allowed) {
      headers["Retry-After"] = String(caller.rateLimit.retryAfterSeconds);
      throw new AppError({
        code: "RATE_LIMITED",
        message: `API key ${caller.apiKeyId} over ${caller.rateLimit.limit} requests per minute`,
        userMessage: `Too many requests: at most ${caller.rateLimit.limit} per minute`,
      });
    }
    const query = queryParamsOf(options.url);
    const { channel, along } = caller;
    const result = await options.route({ channel, query, params: options.params, requestId, along });
    return {
      status: result.status ?? 200,
      body: result.body,
      headers: { ...headers, ...result.headers, "x-request-id": requestId },
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHORIZED") headers["WWW-Authenticate"] = "Bearer";
    const answer = errorAnswer({ error, requestId });
    return { ...answer, headers: { ...answer.headers, ...headers } };
  }
}
