import { z } from "zod";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getCompany } from "../companies/get-company.ts";
import { inTransaction, type TTx } from "../../platform/database/db.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { newEnrollmentCode } from "../../agent-link/agent-secrets.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AGENT_VIEW, toAgentView } from "./agent-view.ts";

const ZAgentName = z.object({
  name: z.string().trim().min(1).max(100),
});

/** Registers an agent for a company (in its audit trail) and returns its one-time enrollment code, shown once. */
export async function createAgent(options: { actor: TActor; companyId: string; name: string; tx?: TTx }) {
  requireStaff(options.actor);
  const { name } = parseInput({ schema: ZAgentName, input: { name: options.name } });
  return inTransaction(options.tx, async (tx) => {
    await getCompany({ actor: options.actor, companyId: options.companyId, tx });
    const enrollment = newEnrollmentCode();
    const agent = await tx.agent.create({
      data: {
        companyId: options.companyId,
        name,
        enrollmentCodeHash: enrollment.hash,
        enrollmentExpiresAt: enrollment.expiresAt,
      },
      select: AGENT_VIEW,
    });
    await recordAudit({
      tx,
      actor: options.actor,
      change: {
        companyId: options.companyId,
        entity: "agent",
        entityId: agent.id,
        action: "create",
        after: { name: agent.name, enrollmentExpiresAt: agent.enrollmentExpiresAt },
      },
    });
    return { agent: toAgentView(agent), enrollmentCode: enrollment.code };
  });
}
