import type { AGENT_UPDATE_MESSAGES, TUpdateState } from "@erp-bridge/shared";
import type { z } from "zod";
import type { AgentUpdateState } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";
import { log } from "../../platform/log.ts";
import { publish } from "../publish.ts";
import type { AgentSession } from "../hub/agent-session.ts";

type TStatus = z.infer<(typeof AGENT_UPDATE_MESSAGES)["update.status"]>;

const STATE: Record<TUpdateState, AgentUpdateState> = {
  downloading: "DOWNLOADING",
  installing: "INSTALLING",
  refused: "REFUSED",
  installed: "INSTALLED",
  rolled_back: "ROLLED_BACK",
  cancelled: "CANCELLED",
};
const FINAL: ReadonlySet<TUpdateState> = new Set(["refused", "installed", "rolled_back", "cancelled"]);
/** What the executable did is the truth, even after staff pressed cancel too late to stop it. */
const OUTCOMES: ReadonlySet<TUpdateState> = new Set(["installed", "rolled_back"]);

/**
 * Stores an agent's update status and answers a final one with `update.ack`, also when it is
 * repeated or names an update this portal does not know (so the agent stops repeating it).
 * Progress for a finished update is ignored; the first final status stands, except that an
 * outcome replaces a cancel the agent was already past.
 */
export async function recordUpdateStatus(options: { session: AgentSession; status: TStatus }): Promise<void> {
  const { session, status } = options;
  const final = FINAL.has(status.state);
  const db = getDb();
  const row = await db.agentUpdate.findFirst({
    where: { id: status.updateId, agentId: session.agentId },
    select: { state: true, finishedAt: true, companyId: true },
  });
  const applies = row && (!row.finishedAt || (row.state === "CANCELLED" && OUTCOMES.has(status.state)));
  if (row && applies && row.state !== STATE[status.state]) {
    await db.agentUpdate.update({
      where: { id: status.updateId },
      data: {
        state: STATE[status.state],
        ...(status.receivedBytes !== undefined && { receivedBytes: status.receivedBytes }),
        errorCode: status.error?.code ?? null,
        errorMessage: status.error?.message ?? null,
        ...(final && { finishedAt: new Date() }),
      },
    });
    await publish({ channel: "agent-presence", event: { agentId: session.agentId, companyId: row.companyId } });
    log(status.error ? "warn" : "info", `update ${status.state}`, {
      ...session.logFields,
      updateId: status.updateId,
      version: status.version,
      code: status.error?.code,
      message: status.error?.message,
    });
  } else if (!row) {
    log("warn", "update status for an unknown update", { ...session.logFields, updateId: status.updateId });
  }
  if (final) session.send("update.ack", { updateId: status.updateId });
}
