import type { TErpDocumentResult } from "@erp-bridge/shared";
import type { TDokTypSymbol } from "../schema/document-codes.ts";
import { findDocumentQuery } from "./document-queries.ts";
import { DOCUMENTS_LOCK, documentKeyLock, lockWrites } from "./write-locks.ts";
import { readDocument } from "./read-document.ts";
import type { TWriteContext } from "./run-write.ts";

type TFound = Omit<TErpDocumentResult, "dryRun"> | null;
type TKeyed = { externalKey: string; types: readonly TDokTypSymbol[] };

/**
 * The start of every document write: take the key's lock and the documents lock (so the key check
 * and the next number are one writer's at a time), then return the document already written under
 * this external key, if any — the repeat of a write answers with the first one, unchanged.
 */
export async function lockAndFindWritten(ctx: TWriteContext, options: TKeyed): Promise<TFound> {
  await lockWrites(ctx, documentKeyLock(options.externalKey), DOCUMENTS_LOCK);
  return findWritten(ctx, options);
}

/**
 * The same under the key's lock alone, for a write that does much before it numbers its document
 * (the ZK: its customer, products and stock): it takes the documents lock itself, just before.
 */
export async function lockKeyAndFindWritten(ctx: TWriteContext, options: TKeyed): Promise<TFound> {
  await lockWrites(ctx, documentKeyLock(options.externalKey));
  return findWritten(ctx, options);
}

async function findWritten(ctx: TWriteContext, options: TKeyed): Promise<TFound> {
  const existing = await findDocumentQuery(ctx, {
    ref: { externalKey: options.externalKey },
    types: options.types,
  }).executeTakeFirst();
  return existing ? { created: false, document: await readDocument(ctx, { id: existing.dok_Id }), warnings: [] } : null;
}
