import { CLOSE_CODES } from "@erp-bridge/shared";
import type { RawData, WebSocket } from "ws";
import { markAgentOffline } from "../presence/mark-agent-offline.ts";
import { errorText, log } from "../../platform/log.ts";
import { AgentSession, type TSessionIdentity } from "./agent-session.ts";
import { handleMessage } from "./handle-message.ts";
import type { HubContext } from "./hub-context.ts";

/** Wires an authenticated socket: hello deadline, messages in order, and cleanup on close. */
export function acceptConnection(options: { ctx: HubContext; ws: WebSocket; identity: TSessionIdentity }): void {
  const { ctx, ws } = options;
  const session = new AgentSession({ ...options.identity, ws });
  ctx.all.add(session);
  log("info", "agent socket opened", session.logFields);

  const helloTimer = setTimeout(() => {
    if (session.state === "handshake") session.close(CLOSE_CODES.HANDSHAKE_FAILED, "no hello in time");
  }, ctx.settings.helloTimeoutMs);
  helloTimer.unref();
  session.timers.push(helloTimer);

  ws.on("message", (data) => {
    const raw = textOf(data);
    session.run("agent message", () => handleMessage({ ctx, session, raw }));
  });
  ws.on("error", (error) => log("warn", "agent socket error", { ...session.logFields, error: errorText(error) }));
  ws.on("close", (code, reason) => {
    const wasOpen = session.state === "open";
    session.state = "closed";
    session.timers.forEach(clearTimeout);
    ctx.forget(session);
    log("info", "agent disconnected", { ...session.logFields, code, reason: reason.toString() });
    // After the hub's shutdown the database may be gone; close() marked everyone offline already.
    if (wasOpen && !ctx.closing) {
      session.run("mark offline", () =>
        markAgentOffline({ agentId: session.agentId, connectionId: session.connectionId }),
      );
    }
  });
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  return Buffer.from(data).toString("utf8");
}
