import { getDb } from "../db.ts";

/** The agent began a command it was sent. Scoped by agent: one agent cannot touch another's work. */
export async function startCommand(options: { agentId: string; commandId: string }): Promise<void> {
  await getDb().agentCommand.updateMany({
    where: { id: options.commandId, agentId: options.agentId, status: "SENT" },
    data: { status: "RUNNING", startedAt: new Date() },
  });
}
