import type { TErpConnector } from "./erp-connector.ts";

/**
 * Stands in until a connector is configured. It reports the truth (nothing configured,
 * nothing reachable) so staff never mistake an agent without an ERP for a working one.
 */
export function createUnconfiguredErp(): TErpConnector {
  return {
    reads: null,
    lookups: null,
    writer: null,
    preflight: null,
    sfera: null,
    countRows: async () => null,
    status: async () => ({
      configured: false,
      reachable: false,
      message: "No ERP connection configured",
      checkedAt: new Date().toISOString(),
    }),
  };
}
