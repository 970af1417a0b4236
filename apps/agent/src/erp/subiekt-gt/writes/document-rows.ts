import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { toZl } from "./money.ts";
import { priceLines, type TLineDraft } from "./price-lines.ts";

export type TDocumentDraft = {
  symbol: TDokTypSymbol;
  date: Date;
  /** dok_NrPelnyOryg: our key, or '' on a document nobody keyed. */
  externalKey: string;
  warehouseId: number;
  /** An MM's target warehouse: Subiekt keeps it in dok_OdbiorcaId, not on the lines. */
  targetWarehouseId: number | null;
  customer: { id: number; snapshotId: number } | null;
  status: number;
  source: { id: number; number: string; date: Date } | null;
  payment: "cash" | "card" | "transfer" | "credit" | "none";
  /** Price level the lines were priced at (dok_CenyPoziom); null when the caller gave the prices. */
  priceLevel: number | null;
  /** The customer's discount on the header (dok_RabatProc); each line carries its own. */
  discountPercent: number;
  paymentDue: Date | null;
  deliveryDue: Date | null;
  lines: TLineDraft[];
};

export type TPricedDocument = ReturnType<typeof priceDocument>;

/** Warehouse documents (MM) carry no VAT: their lines are valued net and they get no VAT rows. */
export function priceDocument(draft: Pick<TDocumentDraft, "symbol" | "lines">) {
  return priceLines({ lines: draft.lines, withVat: draft.symbol !== "MM" });
}

/**
 * The rows of one document: header, lines and VAT summary, exactly as the writer inserts them and
 * as the sandbox generator bulk-loads its history, so the sandbox cannot drift from the writer.
 */
export function buildDocumentRows(options: {
  draft: TDocumentDraft;
  priced: TPricedDocument;
  number: { nr: number; nrPelny: string };
  ids: { document: number; firstLine: number; firstVat: number };
}) {
  const { draft, priced, ids } = options;
  const id = ids.document;
  const warehouseDocument = draft.symbol === "MM";
  const paid = (kind: TDocumentDraft["payment"]) => (draft.payment === kind ? toZl(priced.totals.gross) : 0);
  const header: TSubiektDatabase["dok__Dokument"] = {
    dok_Id: id,
    dok_Typ: DOK_TYP[draft.symbol],
    dok_Podtyp: 0,
    dok_MagId: draft.warehouseId,
    dok_Nr: options.number.nr,
    dok_NrRoz: "",
    dok_NrPelny: options.number.nrPelny,
    dok_NrPelnyOryg: draft.externalKey,
    dok_DoDokId: draft.source?.id ?? null,
    dok_DoDokNrPelny: draft.source?.number ?? "",
    dok_DoDokDataWyst: draft.source?.date ?? null,
    dok_DataWyst: draft.date,
    // NOT NULL with no default; Subiekt's own trace of saving a ZK writes the issue date here too.
    dok_DataMag: draft.date,
    dok_PlatnikId: draft.customer?.id ?? null,
    dok_PlatnikAdreshId: draft.customer?.snapshotId ?? null,
    dok_OdbiorcaId: warehouseDocument ? draft.targetWarehouseId : (draft.customer?.id ?? null),
    dok_OdbiorcaAdreshId: draft.customer?.snapshotId ?? null,
    dok_PlatTermin: draft.paymentDue,
    dok_Status: draft.status,
    dok_CenyPoziom: draft.priceLevel,
    dok_RabatProc: draft.discountPercent,
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
  };
  const lines = priced.lines.map((line, index): TSubiektDatabase["dok_Pozycja"] => ({
    ob_Id: ids.firstLine + index,
    ob_DoId: line.sourceLineId,
    ob_Znak: 1,
    // Subiekt's own ZK lines carry status 1; other documents' lines keep the writer's 0.
    ob_Status: draft.symbol === "ZK" ? 1 : 0,
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
    // The price in the document's currency: PLN documents only, so the net price.
    ob_CenaWaluta: toZl(line.price),
    ob_CenaBrutto: toZl(line.grossPrice),
    ob_CenaMag: toZl(line.unitCost),
    ob_Rabat: line.discountPercent,
    ob_VatId: warehouseDocument ? null : line.vatId,
    ob_VatProc: line.vatPercent,
    ob_WartNetto: toZl(line.net),
    ob_WartVat: toZl(line.vat),
    ob_WartBrutto: toZl(line.gross),
    ob_WartMag: toZl(line.cost),
    // uncertain: an MM line names the warehouse the goods leave; the target is on the header.
    ob_MagId: warehouseDocument ? draft.warehouseId : line.warehouseId,
    ob_Opis: null,
    ob_Termin: draft.deliveryDue,
  }));
  const vat = priced.rates.map((rate, index): TSubiektDatabase["dok_Vat"] => ({
    vt_Id: ids.firstVat + index,
    vt_DokId: id,
    vt_VatId: rate.vatId,
    vt_VatProc: rate.percent,
    vt_WartNetto: toZl(rate.net),
    vt_WartVat: toZl(rate.vat),
    vt_WartBrutto: toZl(rate.gross),
  }));
  return { header, lines, vat };
}
