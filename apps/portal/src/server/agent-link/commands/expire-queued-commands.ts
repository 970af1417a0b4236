import { Prisma } from "../../../generated/prisma/client.ts";
import { notifySql, publishIfLocal } from "../publish.ts";
import { getDb } from "../../platform/database/db.ts";
import { EXPIRED_ERROR_CODE } from "../command-status.ts";

/**
 * Ends commands that waited in the queue past their expiry (queue-lifetime.ts) without reaching
 * their agent: TIMED_OUT with errorCode EXPIRED, so whoever awaits them stops waiting and staff
 * see them on the agents page. They were never sent, so there is nothing to cancel at the agent.
 * One statement decides and announces, so with several portal processes each expires once.
 */
export async function expireQueuedCommands(): Promise<{ id: string; agentId: string }[]> {
  const now = new Date();
  const expired = await getDb().$queryRaw<{ id: string; agentId: string }[]>`
    WITH expired AS (
      UPDATE "AgentCommand"
      SET "status" = 'TIMED_OUT', "finishedAt" = ${now}, "errorCode" = ${EXPIRED_ERROR_CODE},
          "errorMessage" = 'not delivered before its queue deadline: the agent was offline or busy'
      WHERE "status" = 'QUEUED' AND "expiresAt" < ${now}
      RETURNING "id", "agentId"
    ), finished AS (
      SELECT ${notifySql("command-finished", Prisma.sql`json_build_object('commandId', "id")::text`)} FROM expired
    )
    SELECT "id", "agentId" FROM expired CROSS JOIN (SELECT count(*) FROM finished) AS finished_evaluated`;
  for (const command of expired) {
    await publishIfLocal({ channel: "command-finished", event: { commandId: command.id } });
  }
  return expired;
}
