import type { TErpStatus } from "@erp-bridge/shared";
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
