import { touchAgentPresence } from "../presence/touch-agent-presence.ts";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";

/**
 * Pings every `heartbeatMs`; each pong refreshes lastSeenAt and the round-trip time. With
 * no pong for two intervals the socket is terminated: a dead line (NAT dropped, cable
 * pulled) is noticed within three intervals instead of whenever TCP gives up.
 */
export function startHeartbeat(options: { session: AgentSession; heartbeatMs: number }): void {
  const { session, heartbeatMs } = options;
  let lastPongAt = Date.now();
  let pingSentAt = 0;
  session.ws.on("pong", () => {
    const now = Date.now();
    lastPongAt = now;
    const rttMs = pingSentAt > 0 ? now - pingSentAt : undefined;
    session.run("pong", () =>
      touchAgentPresence({ agentId: session.agentId, connectionId: session.connectionId, rttMs }),
    );
  });
  const timer = setInterval(() => {
    if (Date.now() - lastPongAt > 2 * heartbeatMs) {
      log("warn", "agent connection dead: no pong", { ...session.logFields, silentMs: Date.now() - lastPongAt });
      session.ws.terminate();
      return;
    }
    pingSentAt = Date.now();
    session.ws.ping();
  }, heartbeatMs);
  timer.unref();
  session.timers.push(timer);
}
