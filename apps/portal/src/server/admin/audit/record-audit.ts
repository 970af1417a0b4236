import type { TActor } from "../../platform/auth/actor.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { TTx } from "../../platform/database/db.ts";

export type TAuditChange = {
  companyId: string;
  /** integration, channel, api-key, sync... */
  entity: string;
  entityId?: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Records who changed what, inside the caller's transaction so the entry and the change
 * commit together. The e-mail is copied: the entry stays readable if the user goes.
 */
export async function recordAudit(options: { tx: TTx; actor: TActor; change: TAuditChange }): Promise<void> {
  const { tx, actor, change } = options;
  const user = await tx.user.findUnique({ where: { id: actor.userId }, select: { email: true } });
  await tx.auditEntry.create({
    data: {
      companyId: change.companyId,
      actorId: actor.userId,
      actorEmail: user?.email ?? "unknown",
      entity: change.entity,
      entityId: change.entityId ?? null,
      action: change.action,
      before: toJson(change.before),
      after: toJson(change.after),
    },
  });
}

// Dates and other non-JSON values become their JSON form; absent stays absent.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
