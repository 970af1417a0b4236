import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { env, publicUrl } from "../../env.ts";
import { attachAgentHub } from "../agent-link/attach-agent-hub.ts";
import { isAgentPath } from "../agent-link/agent-path.ts";
import { closeBus } from "../agent-link/subscribe.ts";
import { trackRequests } from "./drain-http.ts";
import { portalRequestListener } from "./portal-requests.ts";
import { disconnectDb } from "../platform/database/db.ts";
import { stopJobQueue } from "../platform/jobs/job-queue.ts";
import { log } from "../platform/log.ts";
import { setFigureReaders } from "../platform/metrics/metrics.ts";
import { OPERATOR_FIGURES } from "../insight/operations/operator-figures.ts";
import { startAlertEngine } from "./engines/start-alert-engine.ts";
import { startOrderEngine } from "./engines/start-order-engine.ts";
import { startSyncEngine } from "./engines/start-sync-engine.ts";
import { startUpdateEngine } from "./engines/start-update-engine.ts";
import { importBuildsAtStart } from "./import-builds-at-start.ts";

/**
 * How long requests and agent commands in flight may take to finish when the portal stops
 * (SIGTERM): under the 30 s a container platform or systemd usually allows before SIGKILL.
 */
const DRAIN_MS = 20_000;

const PORTAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export type TPortal = { url: string; close: () => Promise<void> };

/** One process, one port: Next's pages and API, and the agent WebSocket endpoint. */
export async function startPortal(): Promise<TPortal> {
  const app = next({ dev: env.NODE_ENV === "development", dir: PORTAL_DIR, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const handleUpgrade = app.getUpgradeHandler();

  const server = http.createServer(portalRequestListener({ next: handle }));
  // An idle keep-alive connection is closed by the side whose timeout ends first; a request sent on
  // it as the other closes it is reset (ECONNRESET for a channel, a 502 behind a balancer). So the
  // portal keeps idle connections longer than balancers and clients do (60 s on the common ones)
  // and lets them close first; Node's own 5 s lost that race (a test's POST after 6 s idle, 7 Dec).
  // Stopping closes idle connections at once (drain-http.ts).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const requests = trackRequests(server);
  // The hub answers upgrades to /agent/v1 itself (its own listener on this server).
  const hub = await attachAgentHub({ server });
  setFigureReaders(OPERATOR_FIGURES);
  const stopSync = await startSyncEngine();
  const stopOrders = await startOrderEngine();
  const stopAlerts = await startAlertEngine();
  const stopUpdates = startUpdateEngine();
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
      stopUpdates();
      // First stop taking work and let what is in flight finish, with everything it needs
      // (database, bus, job queue) still running: an order stored must also be answered.
      const deadline = Date.now() + DRAIN_MS;
      log("info", "portal stopping: draining", { requests: requests.inFlight() });
      const [http, commands] = await Promise.all([requests.drain({ deadline }), hub.drain({ deadline })]);
      if (http.unfinished > 0 || commands.unfinished > 0) {
        log("warn", "portal stopped with work unfinished", {
          requests: http.unfinished,
          commands: commands.unfinished,
        });
      }
      await stopAlerts();
      await stopOrders();
      await stopSync();
      await stopJobQueue();
      await hub.close();
      await closeBus();
      await app.close();
      await disconnectDb();
    },
  };
}
