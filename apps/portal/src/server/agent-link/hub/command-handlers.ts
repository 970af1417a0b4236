import { CLOSE_CODES, type AGENT_MESSAGES, type TError, type THandlers } from "@erp-bridge/shared";
import { finishCommand } from "../commands/finish-command.ts";
import { startCommand } from "../commands/start-command.ts";
import { storeResultPage } from "../commands/store-result-page.ts";
import { touchAgentPresence } from "../presence/touch-agent-presence.ts";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";

type TAfterHello = Omit<THandlers<typeof AGENT_MESSAGES, Promise<void>>, "hello">;

/** Handlers for everything after the hello: progress, pages, outcomes, status. */
export function commandHandlers(options: { session: AgentSession }): TAfterHello {
  const { session } = options;
  const { agentId } = session;
  const unknown = (commandId: string, refId: string) =>
    session.send("error", { code: "UNKNOWN_COMMAND", message: `no command ${commandId} for this agent`, refId });

  return {
    status: async (status, meta) => {
      if (!greeted(session, meta.id)) return;
      await touchAgentPresence({
        agentId,
        connectionId: session.connectionId,
        erp: status.erp,
        connections: status.connections,
      });
    },
    "command.started": async ({ commandId }, meta) => {
      if (!greeted(session, meta.id)) return;
      await startCommand({ agentId, commandId });
    },
    "result.page": async ({ commandId, seq, data }, meta) => {
      if (!greeted(session, meta.id)) return;
      const name = session.sent.get(commandId);
      const stored = await storeResultPage({ agentId, commandId, name, seq, data });
      if (stored.kind === "unknown") return unknown(commandId, meta.id);
      if (stored.kind === "stored") return session.send("page.ack", { commandId, seq });
      // A page that breaks the catalogue fails the whole command; the agent is told to stop.
      const error: TError = { code: "INVALID_RESULT", message: stored.message };
      await finishCommand({ agentId, commandId, outcome: { ok: false, error }, pages: 0 });
      session.sent.delete(commandId);
      session.send("error", { ...error, refId: meta.id });
      session.send("command.cancel", { commandId, reason: "CANCELLED" });
    },
    "command.result": async ({ commandId, outcome, pages, replayed }, meta) => {
      if (!greeted(session, meta.id)) return;
      const name = session.sent.get(commandId);
      const finished = await finishCommand({ agentId, commandId, outcome, pages, name });
      if (!finished.known) return unknown(commandId, meta.id);
      session.sent.delete(commandId);
      // Acknowledged even when already final, so the agent stops resending it.
      session.send("result.ack", { commandId });
      if (finished.finished)
        log("info", "command finished", { ...session.logFields, commandId, ok: outcome.ok, replayed });
    },
    error: async (error, meta) => {
      if (!greeted(session, meta.id)) return;
      log("warn", "agent reported an error", { ...session.logFields, code: error.code, message: error.message });
    },
  };
}

/** Before the hello nothing else is accepted: the connection is refused (4002). */
export function greeted(session: AgentSession, refId: string): boolean {
  if (session.state === "open") return true;
  if (session.state === "handshake") {
    session.send("error", { code: "INVALID_PAYLOAD", message: "the first message must be hello", refId });
    session.close(CLOSE_CODES.HANDSHAKE_FAILED, "the first message must be a valid hello");
  }
  return false;
}
