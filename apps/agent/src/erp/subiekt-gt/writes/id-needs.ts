import type { TDokTypSymbol } from "../schema/document-codes.ts";
import type { TDocumentRef } from "@erp-bridge/shared";
import type { TIdNeeds } from "./allocate-ids.ts";
import { CUSTOMER_ID_NEEDS } from "./customer-rows.ts";
import { findDocumentQuery } from "./document-queries.ts";
import type { TWriteContext } from "./run-write.ts";

/** A document of at most `lines` lines (and as many VAT rates), with one new address snapshot. */
export function documentIdNeeds(options: { lines: number }): TIdNeeds {
  return { dok__Dokument: 1, dok_Pozycja: options.lines, dok_Vat: options.lines, adr_Historia: 1 };
}

/** A customer that may be new. */
export const customerIdNeeds: TIdNeeds = CUSTOMER_ID_NEEDS;

/** Both, summed: an order that may create its customer. */
export function sumIdNeeds(...needs: TIdNeeds[]): TIdNeeds {
  const sum: Record<string, number> = {};
  for (const need of needs)
    for (const [table, count = 0] of Object.entries(need)) sum[table] = (sum[table] ?? 0) + count;
  return sum;
}

/** The needs of a document copying or correcting another: at most as many lines as that one has. */
export async function idNeedsFromSource(
  ctx: Omit<TWriteContext, "ids">,
  options: { ref: TDocumentRef; types: readonly TDokTypSymbol[] },
): Promise<TIdNeeds> {
  const source = await findDocumentQuery(ctx, options).executeTakeFirst();
  if (!source) return {};
  const row = await lineCountQuery(ctx, { documentId: source.dok_Id }).executeTakeFirst();
  return documentIdNeeds({ lines: Number(row?.lines ?? 0) });
}

/** How many lines a commercial document has. */
export function lineCountQuery(ctx: Pick<TWriteContext, "tx">, options: { documentId: number }) {
  return ctx.tx
    .selectFrom("dok_Pozycja")
    .select((eb) => eb.fn.countAll<number>().as("lines"))
    .where("ob_DokHanId", "=", options.documentId);
}
