import { publish } from "../publish.ts";
import { inTransaction } from "../../platform/database/db.ts";

/**
 * Marks the agent offline when this connection still owns it: a connection replaced by a
 * newer one closes after the newer one went online and must not mark that one offline.
 */
export async function markAgentOffline(options: { agentId: string; connectionId: string }): Promise<void> {
  await inTransaction(undefined, async (tx) => {
    const [agent] = await tx.agent.updateManyAndReturn({
      where: { id: options.agentId, connectionId: options.connectionId },
      data: { online: false, connectionId: null, rttMs: null },
      select: { companyId: true },
    });
    if (!agent) return;
    await publish({ channel: "agent-presence", event: { agentId: options.agentId, companyId: agent.companyId }, tx });
  });
}
