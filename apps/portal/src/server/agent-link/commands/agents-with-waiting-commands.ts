import { getDb } from "../../platform/database/db.ts";

/**
 * Of the given agents, those with a command queued for longer than `olderThanMs`: work whose
 * announcement was lost (its process died between the insert's commit and the notify that
 * follows it, see enqueue-command.ts). One indexed probe per agent.
 */
export async function agentsWithWaitingCommands(options: { agentIds: string[]; olderThanMs: number }) {
  if (options.agentIds.length === 0) return [];
  const cutoff = new Date(Date.now() - options.olderThanMs);
  const rows = await getDb().$queryRaw<{ agentId: string }[]>`
    SELECT a."id" AS "agentId" FROM unnest(${options.agentIds}::uuid[]) AS a("id")
    WHERE EXISTS (
      SELECT 1 FROM "AgentCommand" c
      WHERE c."agentId" = a."id" AND c."status" = 'QUEUED' AND c."createdAt" < ${cutoff}
    )`;
  return rows.map((row) => row.agentId);
}
