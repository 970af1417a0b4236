import { createHash, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { errorText, log } from "../log.ts";
import { renderMetrics } from "./metrics.ts";

export const METRICS_PATH = "/metrics";

export function isMetricsPath(url: string | undefined): boolean {
  return (url ?? "").split("?")[0] === METRICS_PATH;
}

// Digests first, so the comparison takes the same time whatever the lengths.
function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Answers GET /metrics on the portal's own port (not a Next route: the figures are the
 * process's). Without a configured token the endpoint does not exist (404); without the right
 * `Authorization: Bearer <token>`, 401.
 */
export async function serveMetrics(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: { token: string | undefined },
): Promise<void> {
  if (!options.token) return void res.writeHead(404).end();
  const header = req.headers.authorization ?? "";
  const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
  if (!given || !sameToken(given, options.token)) {
    return void res.writeHead(401, { "www-authenticate": 'Bearer realm="metrics"' }).end();
  }
  if (req.method !== "GET" && req.method !== "HEAD") return void res.writeHead(405, { allow: "GET, HEAD" }).end();
  try {
    const { contentType, body } = await renderMetrics();
    res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
  } catch (error) {
    log("error", "metrics failed", { error: errorText(error) });
    res.writeHead(500).end();
  }
}
