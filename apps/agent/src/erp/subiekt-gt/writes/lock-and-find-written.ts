import type { TErpDocumentResult } from "@erp-bridge/shared";
import type { TDokTypSymbol } from "../schema/document-codes.ts";
import { findDocumentQuery } from "./document-queries.ts";
import { lockWrites } from "./write-locks.ts";
import { readDocument } from "./read-document.ts";
import type { TWriteContext } from "./run-write.ts";

/**
 * The start of every document write: take the document lock (so the key check and the next
 * number are one writer's at a time), then return the document already written under this
 * external key, if any — the repeat of a write answers with the first one, unchanged.
 */
export async function lockAndFindWritten(
  ctx: TWriteContext,
  options: { externalKey: string; types: readonly TDokTypSymbol[] },
): Promise<Omit<TErpDocumentResult, "dryRun"> | null> {
  await lockWrites(ctx, "documents");
  const existing = await findDocumentQuery(ctx, {
    ref: { externalKey: options.externalKey },
    types: options.types,
  }).executeTakeFirst();
  return existing ? { created: false, document: await readDocument(ctx, { id: existing.dok_Id }), warnings: [] } : null;
}
