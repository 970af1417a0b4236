import { DEFAULT_CONNECTION, ZErpConnectionStatus, type TErpConnectionStatus } from "@erp-bridge/shared";
import { z } from "zod";

/** What an agent row says about its ERP connections (a subset of Agent). */
export type TAgentConnectionsRow = {
  erpConnections: unknown;
  erpConfigured: boolean | null;
  erpReachable: boolean | null;
  erpMessage: string | null;
};

/** One ERP connection an agent serves, as staff choose it for an integration. */
export type TAgentConnection = {
  key: string;
  erpType: TErpConnectionStatus["erpType"];
  reachable: boolean;
  message: string | null;
};

/**
 * The ERP connections an agent reported in its last hello or status. An agent older than
 * connections (or one that never connected) stored none: it serves "default" only, a Subiekt GT
 * database, whose state is the agent's single ERP status; one that never said has none to offer.
 */
export function agentConnections(agent: TAgentConnectionsRow): TAgentConnection[] {
  const reported = z.array(ZErpConnectionStatus).safeParse(agent.erpConnections);
  if (reported.success) {
    return reported.data.map((c) => ({
      key: c.key,
      erpType: c.erpType,
      reachable: c.erp.reachable,
      message: c.erp.message,
    }));
  }
  if (agent.erpConfigured === null && agent.erpReachable === null) return [];
  return [
    {
      key: DEFAULT_CONNECTION,
      erpType: "subiekt-gt",
      reachable: agent.erpReachable === true,
      message: agent.erpMessage,
    },
  ];
}
