import type { AGENT_UPDATE_MESSAGES, THandlers } from "@erp-bridge/shared";
import { recordUpdateStatus } from "../updates/record-update-status.ts";
import { serveUpdatePages } from "../updates/serve-update-pages.ts";
import type { AgentSession } from "./agent-session.ts";
import { greeted } from "./command-handlers.ts";

/** Handlers for the agent's side of updates: pulls of build pages, and statuses. */
export function updateHandlers(options: {
  session: AgentSession;
}): THandlers<typeof AGENT_UPDATE_MESSAGES, Promise<void>> {
  const { session } = options;
  return {
    "update.pull": async (pull, meta) => {
      if (!greeted(session, meta.id)) return;
      await serveUpdatePages({ session, pull });
    },
    "update.status": async (status, meta) => {
      if (!greeted(session, meta.id)) return;
      await recordUpdateStatus({ session, status });
    },
  };
}
