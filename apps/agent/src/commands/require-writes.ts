import type { TErpConnector } from "../erp/erp-connector.ts";
import type { TErpWrites } from "../erp/erp-writes.ts";
import { CommandError } from "./command-error.ts";

/** The connector's writes; without an ERP the command fails as erp.read does, and the portal retries later. */
export function requireWrites(erp: TErpConnector): TErpWrites {
  if (!erp.writes) throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
  return erp.writes;
}
