import { getDb } from "../../platform/database/db.ts";

/** The agent began a command it was sent. Scoped by agent: one agent cannot touch another's work. */
export async function startCommand(options: { agentId: string; commandId: string }): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "AgentCommand" SET "status" = 'RUNNING', "startedAt" = ${new Date()}
    WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid AND "status" = 'SENT'`;
}
