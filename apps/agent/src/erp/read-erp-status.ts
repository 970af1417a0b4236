import { DEFAULT_CONNECTION, type TErpConnectionStatus, type TErpStatus } from "@erp-bridge/shared";
import type { ErpConnections } from "./erp-connections.ts";
import { errorMessage } from "../log.ts";
import type { TErpConnector } from "./erp-connector.ts";

/**
 * The ERP's status for hello, heartbeats and the portal's erp.status question; a connector that
 * throws (the server down, the database missing, the login refused) is reported unreachable with
 * its words, so the portal can say "the ERP cannot be reached" rather than "the agent did not answer".
 */
export async function readErpStatus(options: { erp: TErpConnector; signal: AbortSignal }): Promise<TErpStatus> {
  try {
    return await options.erp.status({ signal: options.signal });
  } catch (error) {
    const message = `ERP status check failed: ${errorMessage(error)}`.slice(0, 1000);
    return { configured: true, reachable: false, message, checkedAt: new Date().toISOString() };
  }
}

/**
 * Every connection's status, checked once each, and the default one's apart (the field older
 * portals read); the stand-in's "not configured" when the agent has no default connection.
 */
export async function readErpStatuses(options: {
  connections: ErpConnections;
  timeoutMs: number;
}): Promise<{ erp: TErpStatus; connections: TErpConnectionStatus[] }> {
  const connections = await options.connections.statuses({ timeoutMs: options.timeoutMs });
  const fallback = () =>
    readErpStatus({ erp: options.connections.defaultConnector, signal: AbortSignal.timeout(options.timeoutMs) });
  const erp = connections.find((connection) => connection.key === DEFAULT_CONNECTION)?.erp ?? (await fallback());
  return { erp, connections };
}
