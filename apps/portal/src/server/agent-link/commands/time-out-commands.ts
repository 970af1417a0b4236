import { Prisma } from "../../../generated/prisma/client.ts";
import { notifySql, publishIfLocal } from "../publish.ts";
import { getDb } from "../../platform/database/db.ts";

/**
 * Times out sent commands past their deadline, and asks whichever process holds each agent
 * to send `command.cancel`. One statement decides and announces: with several portal
 * processes sweeping at once, each command times out exactly once. It runs every sweep,
 * so the common case (nothing expired) costs one indexed query.
 */
export async function timeOutCommands(): Promise<{ id: string; agentId: string }[]> {
  const expired = await getDb().$queryRaw<{ id: string; agentId: string }[]>`
    WITH expired AS (
      UPDATE "AgentCommand"
      SET "status" = 'TIMED_OUT', "finishedAt" = ${new Date()}, "errorCode" = 'TIMEOUT',
          "errorMessage" = 'no result before the deadline'
      WHERE "status" IN ('SENT', 'RUNNING') AND "deadlineAt" < ${new Date()}
      RETURNING "id", "agentId"
    ), finished AS (
      SELECT ${notifySql("command-finished", Prisma.sql`json_build_object('commandId', "id")::text`)} FROM expired
    ), cancelled AS (
      SELECT ${notifySql(
        "agent-control",
        Prisma.sql`json_build_object('agentId', "agentId", 'action', 'cancel', 'commandId', "id", 'reason', 'TIMEOUT')::text`,
      )} FROM expired
    )
    -- Aggregates over the announcing CTEs make PostgreSQL run them (an unused scalar would be pruned).
    SELECT "id", "agentId" FROM expired
    CROSS JOIN (SELECT count(*) FROM finished) AS finished_evaluated
    CROSS JOIN (SELECT count(*) FROM cancelled) AS cancelled_evaluated`;
  for (const command of expired) {
    await publishIfLocal({ channel: "command-finished", event: { commandId: command.id } });
    await publishIfLocal({
      channel: "agent-control",
      event: { agentId: command.agentId, action: "cancel", commandId: command.id, reason: "TIMEOUT" },
    });
  }
  return expired;
}
