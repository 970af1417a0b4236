import type { TErpConnector } from "./erp-connector.ts";
import { createSubiektConnector } from "./subiekt-gt/subiekt-connector.ts";
import { createUnconfiguredErp } from "./unconfigured-erp.ts";

/** Subiekt GT is the only ERP so far; without a URL the agent says plainly it has none. */
export function createErpConnector(options: { erpUrl: string | undefined }): TErpConnector {
  return options.erpUrl ? createSubiektConnector({ erpUrl: options.erpUrl }) : createUnconfiguredErp();
}
