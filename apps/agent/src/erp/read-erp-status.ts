import type { TErpStatus } from "@erp-bridge/shared";
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
