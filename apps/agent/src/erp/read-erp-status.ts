import { DEFAULT_CONNECTION, type TErpConnectionStatus, type TErpStatus } from "@erp-bridge/shared";
import type { ErpConnections } from "./erp-connections.ts";
import { errorMessage } from "../log.ts";
import type { TErpConnector } from "./erp-connector.ts";

/** The ERP's status for hello and heartbeats; a connector that throws is reported unreachable. */
export async function readErpStatus(options: { erp: TErpConnector; timeoutMs: number }): Promise<TErpStatus> {
  try {
    return await options.erp.status({ signal: AbortSignal.timeout(options.timeoutMs) });
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
  const fallback = () => readErpStatus({ erp: options.connections.defaultConnector, timeoutMs: options.timeoutMs });
  const erp = connections.find((connection) => connection.key === DEFAULT_CONNECTION)?.erp ?? (await fallback());
  return { erp, connections };
}
