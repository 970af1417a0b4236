import type http from "node:http";
import { env, publicUrl } from "../../env.ts";
import { isOrderIntake, serveOrderIntake } from "../channels/channel-api/serve-order-intake.ts";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../platform/auth/client-address.ts";
import { securityHeaders } from "../platform/http/security-headers.ts";
import { errorText, log } from "../platform/log.ts";
import { isMetricsPath, serveMetrics } from "../platform/metrics/serve-metrics.ts";

/**
 * How the portal's port answers an HTTP request: the few routes the custom server serves itself,
 * everything else through Next (`next`, its request handler). Tests serve the same listener.
 */
export function portalRequestListener(options: {
  next: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
}): http.RequestListener {
  const headers = Object.entries(securityHeaders({ publicUrl }));
  return (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    // Sign-in throttling keys on this; a client-supplied value must never get through.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedProxies: env.TRUSTED_PROXIES,
    });
    // Prometheus scrapes this process's own figures, on the portal's port, outside Next.
    if (isMetricsPath(req.url)) return void serveMetrics(req, res, { token: env.METRICS_TOKEN });
    // The order intake, the busiest route, answered without Next's per-request work.
    const answering = isOrderIntake(req) ? serveOrderIntake(req, res) : options.next(req, res);
    answering.catch((error: unknown) => {
      log("error", "request failed", { url: req.url, error: errorText(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
}
