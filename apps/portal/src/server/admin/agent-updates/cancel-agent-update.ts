import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { runTransaction } from "../../platform/database/db.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import { formProblem } from "../../platform/errors/form-problem.ts";
import { OFFERABLE_UPDATE_STATES } from "../../agent-link/update-pages.ts";
import { publish } from "../../agent-link/publish.ts";
import { recordAudit } from "../audit/record-audit.ts";

/**
 * Staff withdraw an update that has not been installed yet: it is final at once (an offline
 * agent is simply never offered it), and an agent downloading it is told to drop it. Once the
 * agent has staged the build it cannot be stopped; its outcome is recorded as it comes.
 */
export async function cancelAgentUpdate(options: { actor: TActor; updateId: string }): Promise<void> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.updateId).success) throw notFound("update");
  await runTransaction(async (tx) => {
    const update = await tx.agentUpdate.findUnique({
      where: { id: options.updateId },
      select: { agentId: true, companyId: true, state: true, finishedAt: true },
    });
    if (!update) throw notFound("update");
    if (update.finishedAt) return;
    const cancelled = await tx.agentUpdate.updateMany({
      where: { id: options.updateId, finishedAt: null, state: { in: [...OFFERABLE_UPDATE_STATES] } },
      data: {
        state: "CANCELLED",
        finishedAt: new Date(),
        errorCode: "CANCELLED",
        errorMessage: "cancelled on the portal",
      },
    });
    if (cancelled.count === 0) {
      throw new AppError({
        code: "CONFLICT",
        message: "The agent is installing this version already: it cannot be stopped.",
        problem: formProblem("updateInstalling"),
      });
    }
    const { agentId, companyId } = update;
    await publish({
      channel: "agent-control",
      event: { agentId, action: "update-cancel", updateId: options.updateId },
      tx,
    });
    await publish({ channel: "agent-presence", event: { agentId, companyId }, tx });
    await recordAudit({
      tx,
      actor: options.actor,
      change: { companyId, entity: "agent-update", entityId: options.updateId, action: "cancel" },
    });
  });
}
