import type { TAgentMessage } from "@erp-bridge/shared";
import { Prisma } from "../../../generated/prisma/client.ts";
import { publish } from "../publish.ts";
import { inTransaction } from "../../platform/database/db.ts";

/**
 * Records a handshake. Matches on the credential the connection authenticated with, so a
 * connection whose credential was revoked or replaced since the upgrade is refused (null).
 * Any other connection of the agent, on whichever process, is told to give way.
 */
export async function markAgentOnline(options: {
  agentId: string;
  credentialHash: string;
  connectionId: string;
  hello: TAgentMessage<"hello">;
}): Promise<{ companyId: string } | null> {
  const { hello } = options;
  const now = new Date();
  return inTransaction(undefined, async (tx) => {
    const [agent] = await tx.agent.updateManyAndReturn({
      where: { id: options.agentId, credentialHash: options.credentialHash, revokedAt: null },
      data: {
        online: true,
        connectionId: options.connectionId,
        connectedAt: now,
        lastSeenAt: now,
        agentVersion: hello.agentVersion,
        protocol: hello.protocol,
        hostname: hello.hostname,
        platform: hello.platform,
        rttMs: null,
        erpConfigured: hello.erp.configured,
        erpReachable: hello.erp.reachable,
        erpMessage: hello.erp.message,
        sferaHealth: hello.erp.sfera ?? Prisma.DbNull,
        // An agent older than connections serves the default one only: none listed.
        erpConnections: hello.connections ?? Prisma.DbNull,
        // An ERP unreachable at hello does not say; the last known answer stays.
        ...(hello.erp.server && { erpServer: hello.erp.server }),
      },
      select: { companyId: true },
    });
    if (!agent) return null;
    await publish({ channel: "agent-presence", event: { agentId: options.agentId, companyId: agent.companyId }, tx });
    await publish({
      channel: "agent-control",
      event: { agentId: options.agentId, action: "replace", connectionId: options.connectionId },
      tx,
    });
    return agent;
  });
}
