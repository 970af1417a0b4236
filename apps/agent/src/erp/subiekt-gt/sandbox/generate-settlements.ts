import { SETTLEMENT_OF_CUSTOMER, SETTLEMENT_TYPE } from "../schema/settlements.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import type { TRandom } from "./random.ts";

const DAY_MS = 86_400_000;

/** A sale on a payment term, as generateDocuments wrote it. */
export type TDeferredSale = {
  documentId: number;
  nrPelny: string;
  customerId: number;
  date: Date;
  due: Date;
  /** Gross in grosze. */
  gross: number;
};

/**
 * One receivable per deferred sale, as Subiekt keeps them in nz__Finanse: most customers pay on
 * time, some late, a few not yet. Sales due long before `until` are nearly all paid; recent ones
 * are often still open, some of them partly paid; whatever is open past its due date is overdue.
 * Returns the number of rows written (the last nzf_Id).
 * uncertain: the column meanings of schema/settlements.ts (nzf_Wartosc is the amount still open).
 */
export async function generateSettlements(options: {
  writer: TBulkWriter;
  random: TRandom;
  sales: TDeferredSale[];
  until: Date;
}): Promise<number> {
  const { writer, random, until } = options;
  let id = 0;
  for (const sale of options.sales) {
    const daysPastDue = (until.getTime() - sale.due.getTime()) / DAY_MS;
    const openChance = daysPastDue > 90 ? 0.01 : daysPastDue > 0 ? 0.25 : 0.7;
    const open = random.chance(openChance);
    const remaining = !open ? 0 : random.chance(0.2) ? Math.round((sale.gross * random.int(20, 80)) / 100) : sale.gross;
    // A payment lands between the issue date and three weeks past the term, never after `until`.
    const termDays = Math.round((sale.due.getTime() - sale.date.getTime()) / DAY_MS);
    const paidAt = new Date(Math.min(until.getTime(), sale.due.getTime() + random.int(-termDays, 21) * DAY_MS));
    id += 1;
    await writer.add("nz__Finanse", {
      nzf_Id: id,
      nzf_Data: sale.date,
      nzf_TerminPlatnosci: sale.due,
      nzf_Typ: SETTLEMENT_TYPE.RECEIVABLE,
      nzf_WartoscPierwotna: sale.gross / 100,
      nzf_Wartosc: remaining / 100,
      nzf_IdWaluty: "PLN",
      nzf_DataOstatniejSplaty: remaining === sale.gross ? null : paidAt,
      nzf_IdDokumentAuto: sale.documentId,
      nzf_IdObiektu: sale.customerId,
      nzf_TypObiektu: SETTLEMENT_OF_CUSTOMER,
      // uncertain: 1 open (the stated default), 2 settled.
      nzf_Status: remaining === 0 ? 2 : 1,
      nzf_NumerPelny: sale.nrPelny,
    });
  }
  return id;
}
