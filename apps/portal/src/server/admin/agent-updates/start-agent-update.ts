import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { runTransaction } from "../../platform/database/db.ts";
import { notFound } from "../../platform/errors/app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { startUpdate, type TStartedUpdate } from "./start-update.ts";

/** Staff update one agent to a stored build (default: the newest for its platform). */
export async function startAgentUpdate(options: {
  actor: TActor;
  agentId: string;
  buildId?: string;
}): Promise<TStartedUpdate> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.agentId).success) throw notFound("agent");
  if (options.buildId !== undefined && !z.uuid().safeParse(options.buildId).success) throw notFound("build");
  return runTransaction(async (tx) => {
    const started = await startUpdate({ tx, agentId: options.agentId, buildId: options.buildId, requestedBy: "staff" });
    const agent = await tx.agent.findUniqueOrThrow({ where: { id: options.agentId }, select: { companyId: true } });
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: agent.companyId,
        entity: "agent-update",
        entityId: started.id,
        action: "start",
        after: started,
      },
    });
    return started;
  });
}
