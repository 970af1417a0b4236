import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import { EXPIRED_ERROR_CODE } from "../../agent-link/command-status.ts";

export type TExpiredCommand = {
  id: string;
  agentName: string;
  companyName: string;
  name: string;
  createdAt: Date;
  expiredAt: Date | null;
};

/** The latest commands that expired undelivered in an agent's queue, for staff (newest first). */
export async function listExpiredCommands(options: { actor: TActor; limit?: number }): Promise<TExpiredCommand[]> {
  requireStaff(options.actor);
  const rows = await getDb().agentCommand.findMany({
    where: { status: "TIMED_OUT", errorCode: EXPIRED_ERROR_CODE },
    orderBy: { finishedAt: "desc" },
    take: options.limit ?? 20,
    select: {
      id: true,
      name: true,
      createdAt: true,
      finishedAt: true,
      agent: { select: { name: true, company: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    agentName: row.agent.name,
    companyName: row.agent.company.name,
    name: row.name,
    createdAt: row.createdAt,
    expiredAt: row.finishedAt,
  }));
}
