import { DOK_TYP, formatDocumentNumber, type TDokTypSymbol } from "../schema/document-codes.ts";
import { allocateIds } from "./allocate-ids.ts";
import { lastNumberQuery } from "./document-queries.ts";
import { insertDocumentQuery, insertLinesQuery, insertVatQuery } from "./insert-queries.ts";
import { toZl } from "./money.ts";
import { priceLines, type TLineDraft } from "./price-lines.ts";
import type { TWriteContext } from "./run-write.ts";

export type TDocumentDraft = {
  symbol: TDokTypSymbol;
  date: Date;
  externalKey: string;
  warehouseId: number;
  customer: { id: number; snapshotId: number } | null;
  status: number;
  source: { id: number; number: string; date: Date } | null;
  payment: "cash" | "card" | "transfer" | "credit" | "none";
  deliveryDue: Date | null;
  lines: TLineDraft[];
};

/**
 * Numbers and inserts a document with its lines and VAT rows; the caller holds the document lock
 * (lockDocumentsQuery), so the next number in the series is its own. Ids come from spIdentyfikator.
 */
export async function insertDocument(ctx: TWriteContext, draft: TDocumentDraft) {
  const warehouseDocument = draft.symbol === "MM";
  const priced = priceLines({ lines: draft.lines, withVat: !warehouseDocument });
  const last = await lastNumberQuery(ctx, { type: draft.symbol, date: draft.date }).executeTakeFirst();
  const nr = (last?.last ?? 0) + 1;
  const nrPelny = formatDocumentNumber({
    symbol: draft.symbol,
    nr,
    month: draft.date.getUTCMonth() + 1,
    year: draft.date.getUTCFullYear(),
  });
  const id = await allocateIds(ctx, { table: "dok__Dokument", count: 1 });
  const firstLine = await allocateIds(ctx, { table: "dok_Pozycja", count: priced.lines.length });
  const firstVat = await allocateIds(ctx, { table: "dok_Vat", count: priced.rates.length });
  const paid = (kind: TDocumentDraft["payment"]) => (draft.payment === kind ? toZl(priced.totals.gross) : 0);
  await insertDocumentQuery(ctx, {
    dok_Id: id,
    dok_Typ: DOK_TYP[draft.symbol],
    dok_Podtyp: 0,
    dok_MagId: draft.warehouseId,
    dok_Nr: nr,
    dok_NrRoz: "",
    dok_NrPelny: nrPelny,
    dok_NrPelnyOryg: draft.externalKey,
    dok_DoDokId: draft.source?.id ?? null,
    dok_DoDokNrPelny: draft.source?.number ?? "",
    dok_DoDokDataWyst: draft.source?.date ?? null,
    dok_DataWyst: draft.date,
    // An order moves no goods until it is fulfilled; the others do on their date.
    dok_DataMag: draft.symbol === "ZK" ? null : draft.date,
    dok_PlatnikId: draft.customer?.id ?? null,
    dok_PlatnikAdreshId: draft.customer?.snapshotId ?? null,
    dok_OdbiorcaId: draft.customer?.id ?? null,
    dok_OdbiorcaAdreshId: draft.customer?.snapshotId ?? null,
    dok_PlatTermin: draft.symbol === "MM" ? null : draft.date,
    dok_Status: draft.status,
    dok_CenyPoziom: null,
    dok_RabatProc: 0,
    dok_WartNetto: toZl(priced.totals.net),
    dok_WartVat: toZl(priced.totals.vat),
    dok_WartBrutto: toZl(priced.totals.gross),
    dok_KwGotowka: paid("cash"),
    dok_KwKarta: paid("card"),
    dok_KwPrzelew: paid("transfer"),
    dok_KwKredyt: paid("credit"),
    dok_TerminRealizacji: draft.deliveryDue,
    dok_Waluta: "PLN",
    dok_Uwagi: "",
  }).execute();
  await insertLinesQuery(
    ctx,
    priced.lines.map((line, index) => ({
      ob_Id: firstLine + index,
      ob_DoId: line.sourceLineId,
      ob_Znak: 1,
      ob_Status: 0,
      ob_DokHanId: warehouseDocument ? null : id,
      ob_DokHanLp: warehouseDocument ? null : index + 1,
      ob_DokMagId: warehouseDocument ? id : null,
      ob_DokMagLp: warehouseDocument ? index + 1 : null,
      ob_TowId: line.productId,
      ob_TowRodzaj: line.rodzaj,
      ob_Ilosc: line.quantity,
      ob_IloscMag: line.issuedQuantity,
      ob_Jm: line.unit,
      ob_CenaNetto: toZl(line.price),
      ob_CenaBrutto: toZl(line.grossPrice),
      ob_CenaMag: toZl(line.unitCost),
      ob_Rabat: line.discountPercent,
      ob_VatId: warehouseDocument ? null : line.vatId,
      ob_VatProc: line.vatPercent,
      ob_WartNetto: toZl(line.net),
      ob_WartVat: toZl(line.vat),
      ob_WartBrutto: toZl(line.gross),
      ob_WartMag: toZl(line.cost),
      ob_MagId: line.warehouseId,
      ob_Opis: null,
      ob_Termin: draft.deliveryDue,
    })),
  ).execute();
  if (priced.rates.length > 0) {
    await insertVatQuery(
      ctx,
      priced.rates.map((rate, index) => ({
        vt_Id: firstVat + index,
        vt_DokId: id,
        vt_VatId: rate.vatId,
        vt_VatProc: rate.percent,
        vt_WartNetto: toZl(rate.net),
        vt_WartVat: toZl(rate.vat),
        vt_WartBrutto: toZl(rate.gross),
      })),
    ).execute();
  }
  return { id, nrPelny };
}
