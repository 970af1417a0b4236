import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, runTransaction } from "../../platform/database/db.ts";
import { AppError, notFound } from "../../platform/errors/app-error.ts";
import type { TFormProblem } from "../../platform/errors/form-problem.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { startUpdate, type TStartedUpdate } from "./start-update.ts";

/** A skipped agent's reason in English (logs) and, when it has one, as a code for the page. */
export type TSkippedAgent = { agentName: string; reason: string; problem: TFormProblem | undefined };
export type TCompanyUpdate = { started: TStartedUpdate[]; skipped: TSkippedAgent[] };

/**
 * Staff update every agent of a client to the newest build for its platform. Each agent is
 * its own transaction: one already up to date or mid-update is reported and the rest go ahead.
 */
export async function updateCompanyAgents(options: { actor: TActor; companyId: string }): Promise<TCompanyUpdate> {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.companyId).success) throw notFound("company");
  const agents = await getDb().agent.findMany({
    where: { companyId: options.companyId, revokedAt: null, enrolledAt: { not: null } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const outcome: TCompanyUpdate = { started: [], skipped: [] };
  for (const agent of agents) {
    try {
      outcome.started.push(
        await runTransaction(async (tx) => {
          const started = await startUpdate({ tx, agentId: agent.id, requestedBy: "staff" });
          const change = {
            companyId: options.companyId,
            entity: "agent-update",
            entityId: started.id,
            action: "start",
            after: started,
          };
          await recordAudit({ tx, actor: options.actor, change });
          return started;
        }),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcome.skipped.push({ agentName: agent.name, reason: error.userMessage, problem: error.problem });
    }
  }
  return outcome;
}
