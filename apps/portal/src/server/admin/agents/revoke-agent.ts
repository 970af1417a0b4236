import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { publish } from "../../agent-link/publish.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { NON_FINAL_STATUSES } from "../../agent-link/command-status.ts";

/**
 * Stops an agent for good: its credential and any outstanding code die in this transaction,
 * the process holding its connection closes it (4003), and its unfinished commands are
 * cancelled so nobody waits on work that can no longer arrive.
 */
export async function revokeAgent(options: { actor: TActor; agentId: string; tx?: TTx }): Promise<void> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.agentId).success) throw notFound("agent");
  await inTransaction(options.tx, async (tx) => {
    const agent = await tx.agent.findUnique({
      where: { id: options.agentId },
      select: { revokedAt: true, companyId: true, name: true },
    });
    if (!agent) throw notFound("agent");
    if (agent.revokedAt) return;
    const now = new Date();
    await tx.agent.update({
      where: { id: options.agentId },
      data: { revokedAt: now, credentialHash: null, enrollmentCodeHash: null, enrollmentExpiresAt: null },
    });
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: agent.companyId,
        entity: "agent",
        entityId: options.agentId,
        action: "revoke",
        before: { name: agent.name, revokedAt: null },
        after: { name: agent.name, revokedAt: now },
      },
    });
    const cancelled = await tx.agentCommand.updateManyAndReturn({
      where: { agentId: options.agentId, status: { in: NON_FINAL_STATUSES } },
      data: { status: "CANCELLED", finishedAt: now, errorCode: "CANCELLED", errorMessage: "agent revoked" },
      select: { id: true },
    });
    await publish({ channel: "agent-control", event: { agentId: options.agentId, action: "disconnect" }, tx });
    for (const command of cancelled) {
      await publish({ channel: "command-finished", event: { commandId: command.id }, tx });
    }
  });
}
