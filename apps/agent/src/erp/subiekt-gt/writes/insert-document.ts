import { formatDocumentNumber } from "../schema/document-codes.ts";
import { allocateIds } from "./allocate-ids.ts";
import { lastNumberQuery } from "./document-queries.ts";
import { buildDocumentRows, priceDocument, type TDocumentDraft } from "./document-rows.ts";
import { insertDocumentQuery, insertLinesQuery, insertVatQuery } from "./insert-queries.ts";
import type { TWriteContext } from "./run-write.ts";

/** What a write says about its document; the header's price level, discount and due date follow from it. */
export type TWriteDraft = Omit<TDocumentDraft, "priceLevel" | "discountPercent" | "paymentDue">;

/**
 * Numbers and inserts a document with its lines and VAT rows; the caller holds the document lock
 * (lockDocumentsQuery), so the next number in the series is its own. Ids come from spIdentyfikator.
 */
export async function insertDocument(ctx: TWriteContext, write: TWriteDraft) {
  const draft: TDocumentDraft = {
    ...write,
    priceLevel: null,
    discountPercent: 0,
    paymentDue: write.symbol === "MM" ? null : write.date,
  };
  const priced = priceDocument(draft);
  const last = await lastNumberQuery(ctx, { type: draft.symbol, date: draft.date }).executeTakeFirst();
  const nr = (last?.last ?? 0) + 1;
  const nrPelny = formatDocumentNumber({
    symbol: draft.symbol,
    nr,
    month: draft.date.getUTCMonth() + 1,
    year: draft.date.getUTCFullYear(),
  });
  const ids = {
    document: await allocateIds(ctx, { table: "dok__Dokument", count: 1 }),
    firstLine: await allocateIds(ctx, { table: "dok_Pozycja", count: priced.lines.length }),
    firstVat: await allocateIds(ctx, { table: "dok_Vat", count: priced.rates.length }),
  };
  const rows = buildDocumentRows({ draft, priced, number: { nr, nrPelny }, ids });
  await insertDocumentQuery(ctx, rows.header).execute();
  await insertLinesQuery(ctx, rows.lines).execute();
  if (rows.vat.length > 0) await insertVatQuery(ctx, rows.vat).execute();
  return { id: ids.document, nrPelny };
}
