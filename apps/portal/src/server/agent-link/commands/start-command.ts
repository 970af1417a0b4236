import { getDb } from "../../platform/database/db.ts";
import { COMMIT_WITHOUT_FLUSH } from "../../platform/database/commit-without-flush.ts";

/**
 * The agent began a command it was sent. Scoped by agent: one agent cannot touch another's work.
 * Committed without waiting for the disk: the command's outcome waits behind it on the agent's
 * connection, and RUNNING lost in a crash of PostgreSQL is SENT, which the hub redelivers alike.
 */
export async function startCommand(options: { agentId: string; commandId: string }): Promise<void> {
  await getDb().$executeRaw`
    WITH commit_mode AS (SELECT ${COMMIT_WITHOUT_FLUSH} AS "commitMode")
    UPDATE "AgentCommand" SET "status" = 'RUNNING', "startedAt" = ${new Date()}
    FROM commit_mode
    WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid AND "status" = 'SENT'`;
}
