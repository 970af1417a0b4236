import type http from "node:http";
import { answerOrderIntake } from "./post-order.ts";

export const ORDERS_PATH = "/api/v1/orders";

/** `POST /api/v1/orders` (any query): the custom server's own; everything else there stays Next's. */
export function isOrderIntake(req: http.IncomingMessage): boolean {
  return req.method === "POST" && (req.url ?? "").split("?")[0] === ORDERS_PATH;
}

/**
 * Answers the order intake on the portal's own port, beside Next's router rather than through it:
 * Next's own work for each request was one of the largest items in the portal's CPU profile
 * (bench:intake). It is a thin adapter over the intake Next's route handler runs too
 * (answerOrderIntake: the same key check, rate limit, error shape and route), so both answer alike.
 */
export async function serveOrderIntake(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const answer = await answerOrderIntake({
    authorization: req.headers.authorization ?? null,
    url: new URL(req.url ?? ORDERS_PATH, "http://portal"),
    body: {
      contentType: req.headers["content-type"] ?? null,
      contentLength: req.headers["content-length"] ?? null,
      chunks: req,
    },
  });
  const body = JSON.stringify(answer.body);
  res
    .writeHead(answer.status, {
      ...answer.headers,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    })
    .end(body);
}
