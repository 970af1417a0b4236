/**
 * The agent hub: the portal end of every agent's tunnel, on the portal's own HTTP port.
 *
 * Flow. An agent dials `GET /agent/v1` with `Authorization: Bearer agt_…`; a wrong, replaced
 * or revoked credential gets `401` before any upgrade. The first message must be `hello`
 * (within 10 s); the portal checks the protocol, records presence, answers `welcome`, then
 * sends the agent's unfinished commands in `seq` order. Commands live in the AgentCommand
 * outbox; enqueueCommand publishes "command-available" on the bus (PostgreSQL NOTIFY, so
 * the process holding the connection hears it, whichever it is), and when the enqueuing process
 * holds the connection itself it starts the delivery at once (hub/local-delivery.ts). The agent answers with
 * `command.started`, `result.page` (stored once, acknowledged with `page.ack`) and
 * `command.result` (stored once, always acknowledged with `result.ack`). A sweeper times out
 * commands past their deadline. Pings every 15 s measure the round trip; 30 s without a
 * pong drops the connection. Malformed messages get an `error` and the connection stays.
 *
 * Close codes (CLOSE_CODES): 4001 protocol versions do not overlap (the error says which side
 * to update) · 4002 no valid hello · 4003 credential revoked or replaced by a new enrollment
 * (do not reconnect) · 4008 the same agent connected again · 4009 more than 20 malformed
 * messages in a row · 1009 frame larger than MAX_FRAME_BYTES (from ws) · 1001 shutdown.
 */
import type http from "node:http";
import type { Duplex } from "node:stream";
import { CLOSE_CODES, MAX_FRAME_BYTES } from "@erp-bridge/shared";
import { WebSocketServer } from "ws";
import { markAgentOffline } from "./presence/mark-agent-offline.ts";
import type { TBus } from "./bus/create-bus.ts";
import { getBus } from "./subscribe.ts";
import { errorText, log } from "../platform/log.ts";
import { acceptConnection } from "./hub/accept-connection.ts";
import { HubContext, type THubSettings } from "./hub/hub-context.ts";
import { listenToBus } from "./hub/listen-to-bus.ts";
import { registerLocalHub } from "./hub/local-delivery.ts";
import { startSweeper } from "./hub/sweeper.ts";
import { isAgentPath } from "./agent-path.ts";
import { authorizeUpgrade, refuseUpgrade } from "./hub/upgrade.ts";

export type TAgentHub = {
  /** Sends nothing new and waits (up to `deadline`, epoch ms) for the commands agents are running here. */
  drain: (options: { deadline: number }) => Promise<{ unfinished: number }>;
  close: () => Promise<void>;
};

const DEFAULTS: THubSettings = { heartbeatMs: 15_000, helloTimeoutMs: 10_000, sweepMs: 500, catchUpMs: 5_000 };

/** Serves agents on `server` (upgrades to /agent/v1 only). Resolves once the bus is listening. */
export async function attachAgentHub(options: {
  server: http.Server;
  bus?: TBus;
  settings?: Partial<THubSettings>;
}): Promise<TAgentHub> {
  const ctx = new HubContext({ bus: options.bus ?? getBus(), settings: { ...DEFAULTS, ...options.settings } });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const stopBus = listenToBus(ctx);
  const stopSweeper = startSweeper(ctx);
  const unregister = registerLocalHub(ctx);

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isAgentPath(request.url)) return;
    // Until the upgrade completes nobody else listens for socket errors; an unhandled one would crash the process.
    const ignore = (error: Error) => log("warn", "agent upgrade socket error", { error: errorText(error) });
    socket.on("error", ignore);
    authorizeUpgrade(request).then(
      (identity) => {
        if (ctx.closing || ctx.draining) return refuseUpgrade(socket, "503 Service Unavailable");
        if (!identity) {
          log("warn", "agent upgrade refused", { address: request.socket.remoteAddress });
          return refuseUpgrade(socket, "401 Unauthorized");
        }
        wss.handleUpgrade(request, socket, head, (ws) => {
          socket.off("error", ignore);
          acceptConnection({ ctx, ws, identity });
        });
      },
      (error: unknown) => {
        log("error", "agent upgrade failed", { error: errorText(error) });
        refuseUpgrade(socket, "503 Service Unavailable");
      },
    );
  };
  options.server.on("upgrade", onUpgrade);
  await ctx.bus.ready;

  return {
    async drain({ deadline }) {
      ctx.draining = true;
      const unfinished = () => [...ctx.all].reduce((sum, session) => sum + session.sent.size, 0);
      for (const session of ctx.all) session.draining = true;
      // Results arrive over the sockets on their own; this only waits for them, briefly polling.
      while (unfinished() > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { unfinished: unfinished() };
    },
    async close() {
      ctx.closing = true;
      unregister();
      options.server.off("upgrade", onUpgrade);
      await stopSweeper();
      stopBus();
      const sessions = [...ctx.all];
      const closed = sessions.map((s) => new Promise<void>((resolve) => s.ws.once("close", () => resolve())));
      for (const session of sessions) {
        session.close(CLOSE_CODES.GOING_AWAY, "portal shutting down");
        if (session.state === "open") {
          await markAgentOffline({ agentId: session.agentId, connectionId: session.connectionId }).catch(
            (error: unknown) => log("error", "mark offline at shutdown failed", { error: errorText(error) }),
          );
        }
      }
      // Agents normally answer the close at once; a dead line must not hold the shutdown.
      const grace = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
      await Promise.race([Promise.all(closed), grace]);
      for (const session of sessions) session.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
