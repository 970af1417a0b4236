import type { ErpType } from "../../../generated/prisma/client.ts";
import type { TTx } from "../../platform/database/db.ts";
import { invalidInput } from "../../platform/errors/app-error.ts";
import { fieldProblem } from "../../platform/errors/field-problem.ts";
import { ERP_TYPE_KEY } from "../../settings/erp-type.ts";
import { agentConnections } from "./agent-connections.ts";

/**
 * The agent and ERP connection an integration is to use (added, set up in the wizard, or moved to
 * another agent or connection): the agent is the company's and in use, it reported that
 * connection, the connection leads to an ERP of the integration's type, and no other integration
 * uses it. Each refusal names its field. `integrationId`: the integration itself, which may keep
 * its own connection; null for a new one.
 */
export async function requireAgentConnection(options: {
  db: TTx;
  companyId: string;
  agentId: string;
  agentConnection: string;
  erpType: ErpType;
  integrationId: string | null;
}): Promise<void> {
  const { db, agentConnection } = options;
  const agent = await db.agent.findFirst({
    where: { id: options.agentId, companyId: options.companyId, revokedAt: null },
  });
  if (!agent) throw invalidInput({ agentId: [fieldProblem("agentNotOurs")] });
  const connection = agentConnections(agent).find((c) => c.key === agentConnection);
  if (!connection) {
    throw invalidInput({ agentConnection: [fieldProblem("agentConnectionNotReported", { name: agent.name })] });
  }
  if (connection.erpType !== ERP_TYPE_KEY[options.erpType]) {
    throw invalidInput({ agentConnection: [fieldProblem("agentConnectionOtherErp", { code: connection.erpType })] });
  }
  const user = await db.integration.findFirst({
    where: {
      agentId: agent.id,
      agentConnection,
      NOT: options.integrationId ? { id: options.integrationId } : undefined,
    },
    select: { name: true },
  });
  if (user) throw invalidInput({ agentConnection: [fieldProblem("agentConnectionUsedBy", { name: user.name })] });
}
