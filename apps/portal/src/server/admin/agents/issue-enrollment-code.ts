import { z } from "zod";
import { notFound } from "../../platform/errors/app-error.ts";
import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { newEnrollmentCode } from "../../agent-link/agent-secrets.ts";

/**
 * A fresh code for an existing agent (reinstall, new server, lost credential). Using it
 * replaces the credential; until then the current one keeps working.
 */
export async function issueEnrollmentCode(options: { actor: TActor; agentId: string; tx?: TTx }) {
  requireStaff(options.actor);
  if (!z.uuid().safeParse(options.agentId).success) throw notFound("agent");
  const db = options.tx ?? getDb();
  const enrollment = newEnrollmentCode();
  const updated = await db.agent.updateMany({
    where: { id: options.agentId, revokedAt: null },
    data: { enrollmentCodeHash: enrollment.hash, enrollmentExpiresAt: enrollment.expiresAt },
  });
  if (updated.count === 0) throw notFound("agent");
  return { enrollmentCode: enrollment.code, expiresAt: enrollment.expiresAt };
}
