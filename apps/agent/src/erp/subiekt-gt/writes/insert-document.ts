import { formatDocumentNumber } from "../schema/document-codes.ts";
import { MAX_PLAIN_KEY, storedKey } from "../schema/document-key.ts";
import { lastNumberQuery } from "./document-queries.ts";
import { buildDocumentRows, priceDocument, type TDocumentDraft } from "./document-rows.ts";
import { insertDocumentQuery, insertLinesQuery, insertVatQuery } from "./insert-queries.ts";
import type { TWriteContext } from "./run-write.ts";
import { ErpWriteError } from "./write-error.ts";

/** What a write says about its document; the header's price level, discount and due date follow from it. */
export type TWriteDraft = Omit<TDocumentDraft, "priceLevel" | "discountPercent" | "paymentDue" | "targetWarehouseId">;

/**
 * Numbers and inserts a document with its lines and VAT rows; the caller holds the document lock
 * (lockDocumentsQuery), so the next number in the series is its own. Ids come from spIdentyfikator.
 */
export async function insertDocument(ctx: TWriteContext, write: TWriteDraft) {
  const externalKey = storedKey(write.externalKey);
  if (externalKey === null) {
    const message = `at most ${MAX_PLAIN_KEY} characters: our prefix takes the rest of dok_NrPelnyOryg's 30`;
    throw new ErpWriteError({ code: "invalid_input", path: "externalKey", message });
  }
  const draft: TDocumentDraft = {
    ...write,
    externalKey,
    // Every MM line goes to the same warehouse: the document's target.
    targetWarehouseId: write.symbol === "MM" ? (write.lines[0]?.warehouseId ?? null) : null,
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
    document: ctx.ids.take("dok__Dokument", 1),
    firstLine: ctx.ids.take("dok_Pozycja", priced.lines.length),
    firstVat: ctx.ids.take("dok_Vat", priced.rates.length),
  };
  const rows = buildDocumentRows({ draft, priced, number: { nr, nrPelny }, ids });
  await insertDocumentQuery(ctx, rows.header).execute();
  await insertLinesQuery(ctx, rows.lines).execute();
  if (rows.vat.length > 0) await insertVatQuery(ctx, rows.vat).execute();
  return { id: ids.document, nrPelny };
}
