import { CLOSE_CODES, type AGENT_MESSAGES, type TError, type THandlers } from "@erp-bridge/shared";
import { finishCommand } from "../commands/finish-command.ts";
import { startCommand } from "../commands/start-command.ts";
import { checkResultPage } from "../commands/store-result-page.ts";
import { touchAgentPresence } from "../presence/touch-agent-presence.ts";
import { log } from "../../platform/log.ts";
import type { AgentSession } from "./agent-session.ts";
import { pageBodyOf } from "./page-body.ts";

type TAfterHello = Omit<THandlers<typeof AGENT_MESSAGES, Promise<void>>, "hello">;

/** Handlers for everything after the hello: progress, pages, outcomes, status. `raw` is the message's frame. */
export function commandHandlers(options: { session: AgentSession; raw: string }): TAfterHello {
  const { session, raw } = options;
  const { agentId } = session;
  const unknown = (commandId: string, refId: string) => session.unknownCommand({ commandId, refId });

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
      const checked = await checkResultPage({ agentId, commandId, name, data });
      if (checked.kind === "unknown") return unknown(commandId, meta.id);
      if (checked.kind === "valid") {
        // Stored in the background with the pages that follow; acknowledged once stored.
        const body = pageBodyOf({ raw, v: meta.v, id: meta.id, commandId, seq }) ?? JSON.stringify(checked.data);
        return session.pages.add({ commandId, seq, body, refId: meta.id });
      }
      // A page that breaks the catalogue fails the whole command; the agent is told to stop.
      await session.pages.drained();
      const error: TError = { code: "INVALID_RESULT", message: checked.message };
      await finishCommand({ agentId, commandId, outcome: { ok: false, error }, pages: 0 });
      session.sent.delete(commandId);
      session.send("error", { ...error, refId: meta.id });
      session.send("command.cancel", { commandId, reason: "CANCELLED" });
    },
    "command.result": async ({ commandId, outcome, pages, replayed }, meta) => {
      if (!greeted(session, meta.id)) return;
      const name = session.sent.get(commandId);
      // A streamed outcome states its page count: every page that came before it is stored first.
      await session.pages.drained();
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
