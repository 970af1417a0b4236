import type { TErpConnector } from "../erp/erp-connector.ts";
import type { TErpWriter } from "../erp/erp-writer.ts";
import { CommandError } from "../errors/command-error.ts";

/** The connector's writer; without an ERP the command fails as erp.read does, and the portal retries later. */
export function requireWriter(erp: TErpConnector): TErpWriter {
  if (!erp.writer) throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
  return erp.writer;
}
