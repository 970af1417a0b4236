import type { TWriterChoice } from "@erp-bridge/shared";
import type { TErpConnector } from "../erp/erp-connector.ts";
import type { TErpWriter, TWrittenDocumentType } from "../erp/erp-writer.ts";
import { CommandError } from "../errors/command-error.ts";

/**
 * The writer the command's `writer` chooses, for a document of this type. Without an ERP the
 * command fails as erp.read does, and the portal retries later. Sfera chosen on an agent that has
 * no Sfera settings will not heal by retrying: it is refused, naming the setting to change.
 */
export function requireWriter(
  erp: TErpConnector,
  options: { writer: TWriterChoice; documentType: TWrittenDocumentType },
): TErpWriter {
  if (!erp.writer) throw new CommandError({ code: "ERP_UNAVAILABLE", message: "No ERP connection configured" });
  const writer = options.writer === "sql" ? erp.writer : erp.sfera?.writer;
  if (!writer) {
    throw new CommandError({
      code: "ERP_REFUSED",
      message: `writer: the integration has the Sfera writer issue ${options.documentType}, but this agent has no "sfera" settings in its config file; add them (agent README, "Subiekt GT through Sfera") or choose the SQL writer for ${options.documentType} in the integration's settings`,
    });
  }
  if (!writer.capabilities.documentTypes.includes(options.documentType)) {
    throw new CommandError({
      code: "ERP_REFUSED",
      message: `writer: the ${options.writer} writer does not issue ${options.documentType}`,
    });
  }
  return writer;
}
