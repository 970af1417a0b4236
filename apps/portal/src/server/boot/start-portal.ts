import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { env, publicUrl } from "../../env.ts";
import { attachAgentHub } from "../agent-link/attach-agent-hub.ts";
import { isAgentPath } from "../agent-link/agent-path.ts";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "../platform/auth/client-address.ts";
import { closeBus } from "../agent-link/subscribe.ts";
import { disconnectDb } from "../platform/database/db.ts";
import { stopJobQueue } from "../platform/jobs/job-queue.ts";
import { errorText, log } from "../platform/log.ts";
import { setFigureReaders } from "../platform/metrics/metrics.ts";
import { isMetricsPath, serveMetrics } from "../platform/metrics/serve-metrics.ts";
import { OPERATOR_FIGURES } from "../insight/operations/operator-figures.ts";
import { startAlertEngine } from "./engines/start-alert-engine.ts";
import { startOrderEngine } from "./engines/start-order-engine.ts";
import { startSyncEngine } from "./engines/start-sync-engine.ts";
import { importBuildsAtStart } from "./import-builds-at-start.ts";

/** How long requests in flight may take to finish when the portal stops. */
const CLOSE_GRACE_MS = 2_000;

const PORTAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export type TPortal = { url: string; close: () => Promise<void> };

/** One process, one port: Next's pages and API, and the agent WebSocket endpoint. */
export async function startPortal(): Promise<TPortal> {
  const app = next({ dev: env.NODE_ENV === "development", dir: PORTAL_DIR, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const handleUpgrade = app.getUpgradeHandler();

  const server = http.createServer((req, res) => {
    // Sign-in throttling keys on this; a client-supplied value must never get through.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({
      socketAddress: req.socket.remoteAddress,
      forwardedFor: req.headers["x-forwarded-for"],
      trustedProxies: env.TRUSTED_PROXIES,
    });
    // Prometheus scrapes this process's own figures, on the portal's port, outside Next.
    if (isMetricsPath(req.url)) return void serveMetrics(req, res, { token: env.METRICS_TOKEN });
    handle(req, res).catch((error: unknown) => {
      log("error", "request failed", { url: req.url, error: errorText(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // The hub answers upgrades to /agent/v1 itself (its own listener on this server).
  const hub = await attachAgentHub({ server });
  setFigureReaders(OPERATOR_FIGURES);
  const stopSync = await startSyncEngine();
  const stopOrders = await startOrderEngine();
  const stopAlerts = await startAlertEngine();
  server.on("upgrade", (req, socket, head) => {
    if (isAgentPath(req.url)) return;
    // Next's dev server keeps its hot-reload socket under /_next.
    if (req.url?.startsWith("/_next/")) return void handleUpgrade(req, socket, head);
    socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
  });

  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const importingBuilds = importBuildsAtStart();
  return {
    url: publicUrl,
    async close() {
      await importingBuilds;
      await stopAlerts();
      await stopOrders();
      await stopSync();
      await stopJobQueue();
      await hub.close();
      await closeBus();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Live-update streams (server-sent events) never end by themselves: requests in flight
        // get a moment to finish, then every connection left is closed.
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      });
      await app.close();
      await disconnectDb();
    },
  };
}
