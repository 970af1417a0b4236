import { errorText, log } from "../../platform/log.ts";
import { deliverCommands } from "./deliver-commands.ts";
import type { HubContext } from "./hub-context.ts";
import { localProcessId } from "./local-delivery.ts";
import { recheckSession } from "./recheck-session.ts";
import { offerUpdate } from "../updates/offer-update.ts";

/** Reacts to events about agents this process holds; everyone else's are ignored. */
export function listenToBus(ctx: HubContext): () => void {
  const stops = [
    ctx.bus.subscribe("command-available", ({ agentId, sentBy }) => {
      // Enqueued here for a connection held here: its delivery started at the enqueue.
      if (sentBy === localProcessId()) return;
      const session = ctx.held(agentId);
      if (session) session.run("deliver", () => deliverCommands(session));
    }),
    ctx.bus.subscribe("agent-control", (event) => {
      if (event.action === "cancel") {
        const session = ctx.held(event.agentId);
        if (!session?.sent.delete(event.commandId)) return;
        session.send("command.cancel", { commandId: event.commandId, reason: event.reason });
        return log("info", "command cancel sent", {
          ...session.logFields,
          commandId: event.commandId,
          reason: event.reason,
        });
      }
      if (event.action === "update-offer") {
        const session = ctx.held(event.agentId);
        if (session) session.run("offer update", () => offerUpdate(session));
        return;
      }
      if (event.action === "update-cancel") {
        const session = ctx.held(event.agentId);
        if (session) session.send("update.cancel", { updateId: event.updateId });
        return;
      }
      for (const session of ctx.all) {
        if (session.agentId !== event.agentId) continue;
        recheckSession(session).catch((error: unknown) =>
          log("error", "session recheck failed", { ...session.logFields, error: errorText(error) }),
        );
      }
    }),
    // Events may have been lost while the listener reconnected: catch up from the database.
    ctx.bus.onResync(() => {
      for (const session of ctx.byAgent.values()) {
        session.run("deliver", () => deliverCommands(session));
        session.run("offer update", () => offerUpdate(session));
        void recheckSession(session).catch(() => {});
      }
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
