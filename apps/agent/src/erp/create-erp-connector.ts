import type { TLogger } from "../log.ts";
import type { TErpConnector } from "./erp-connector.ts";
import type { TSferaConfig } from "./subiekt-gt/sfera/sfera-config.ts";
import { createSubiektConnector } from "./subiekt-gt/subiekt-connector.ts";
import { createUnconfiguredErp } from "./unconfigured-erp.ts";

/** Subiekt GT is the only ERP so far; without a URL the agent says plainly it has none. */
export function createErpConnector(options: {
  erpUrl: string | undefined;
  sfera: TSferaConfig | undefined;
  log: TLogger;
}): TErpConnector {
  const { erpUrl, ...rest } = options;
  return erpUrl ? createSubiektConnector({ erpUrl, ...rest }) : createUnconfiguredErp();
}
