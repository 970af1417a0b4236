import { CLOSE_CODES, PROTOCOL_VERSION, type TAgentMessage } from "@erp-bridge/shared";
import { markAgentOffline } from "../presence/mark-agent-offline.ts";
import { markAgentOnline } from "../presence/mark-agent-online.ts";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";
import { deliverCommands } from "./deliver-commands.ts";
import { startHeartbeat } from "./heartbeat.ts";
import type { HubContext } from "./hub-context.ts";
import { versionMismatch } from "./version-mismatch.ts";
import { offerUpdate } from "../updates/offer-update.ts";

/** The agent's flow-control window for unacknowledged result pages. */
const PAGE_WINDOW = 8;

/** Answers a valid hello: version check, presence, takeover of an older connection, welcome, then the backlog. */
export async function completeHandshake(options: {
  ctx: HubContext;
  session: AgentSession;
  hello: TAgentMessage<"hello">;
}): Promise<void> {
  const { ctx, session, hello } = options;
  const mismatch = versionMismatch(hello.protocol);
  if (mismatch) return rejectVersion({ session, message: mismatch });
  const online = await markAgentOnline({
    agentId: session.agentId,
    credentialHash: session.credentialHash,
    connectionId: session.connectionId,
    hello,
  });
  if (!online) return session.close(CLOSE_CODES.REVOKED, "credential revoked or replaced");
  if (session.state !== "handshake") {
    // The socket closed while presence was being written: undo it.
    return markAgentOffline({ agentId: session.agentId, connectionId: session.connectionId });
  }
  const previous = ctx.byAgent.get(session.agentId);
  if (previous && previous !== session) previous.close(CLOSE_CODES.REPLACED, "replaced by a newer connection");
  ctx.byAgent.set(session.agentId, session);
  session.state = "open";
  session.send("welcome", {
    agentId: session.agentId,
    protocol: PROTOCOL_VERSION,
    heartbeatMs: ctx.settings.heartbeatMs,
    pageWindow: PAGE_WINDOW,
  });
  startHeartbeat({ session, heartbeatMs: ctx.settings.heartbeatMs });
  log("info", "agent connected", {
    ...session.logFields,
    agentVersion: hello.agentVersion,
    protocol: hello.protocol,
    hostname: hello.hostname,
    platform: hello.platform,
  });
  await deliverCommands(session);
  await offerUpdate(session);
}

export function rejectVersion(options: { session: AgentSession; message: string }): void {
  const { session, message } = options;
  log("warn", "agent protocol not supported", { ...session.logFields, message });
  session.send("error", { code: "UNSUPPORTED_VERSION", message });
  session.close(CLOSE_CODES.PROTOCOL_VERSION, "unsupported protocol version");
}
