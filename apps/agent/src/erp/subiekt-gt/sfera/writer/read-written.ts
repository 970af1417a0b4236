import type { TWrittenDocument } from "@erp-bridge/shared";
import { readDocument } from "../../writes/read-document.ts";
import type { TWriteContext } from "../../writes/run-write.ts";
import { loadWarehouses } from "../../writes/warehouse-dictionary.ts";
import { toWrittenDocument } from "../../writes/written-document.ts";

/** A document Sfera saved, read back from Subiekt's tables in the protocol's terms (the bridge answers id and number only). */
export async function readWritten(
  ctx: TWriteContext,
  written: { document: { id: number }; created: boolean; warnings: string[] },
): Promise<TWrittenDocument> {
  const warehouses = await loadWarehouses(ctx);
  const document = await readDocument(ctx, { id: written.document.id });
  return toWrittenDocument({
    result: { created: written.created, dryRun: false, document, warnings: written.warnings },
    warehouses,
  });
}
