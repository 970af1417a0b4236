import type { TErpStatus } from "@erp-bridge/shared";
import { publish } from "../bus/publish.ts";
import { inTransaction } from "../db.ts";

/** A sign of life (status message or pong) from the connection that currently owns the agent. */
export async function touchAgentPresence(options: {
  agentId: string;
  connectionId: string;
  erp?: TErpStatus;
  rttMs?: number;
}): Promise<void> {
  const { erp } = options;
  await inTransaction(undefined, async (tx) => {
    const [agent] = await tx.agent.updateManyAndReturn({
      where: { id: options.agentId, connectionId: options.connectionId },
      data: {
        lastSeenAt: new Date(),
        ...(options.rttMs === undefined ? {} : { rttMs: options.rttMs }),
        ...(erp ? { erpConfigured: erp.configured, erpReachable: erp.reachable, erpMessage: erp.message } : {}),
      },
      select: { companyId: true },
    });
    if (!agent) return;
    await publish({ channel: "agent-presence", event: { agentId: options.agentId, companyId: agent.companyId }, tx });
  });
}
