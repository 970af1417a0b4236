import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TBulkWriter } from "./bulk-writer.ts";
import { grossOf, zl, type TSandboxProduct } from "./sandbox-model.ts";

export type TDraftLine = {
  product: TSandboxProduct;
  /** Negative on a correction. */
  qty: number;
  /** Net unit price in grosze. */
  price: number;
  /** Purchase (warehouse) unit price in grosze: ob_CenaMag. */
  unitCost: number;
  discount: number;
  issuedQty: number;
  sourceLineId: number | null;
  warehouseId: number;
};

export type TDraftDocument = {
  symbol: TDokTypSymbol;
  nr: number;
  nrPelny: string;
  externalNumber: string;
  warehouseId: number;
  date: Date;
  customer: { id: number; addressSnapshotId: number } | null;
  status: number;
  priceLevel: number | null;
  discount: number;
  source: { id: number; nrPelny: string; date: Date } | null;
  payment: "cash" | "card" | "transfer" | "none";
  paymentDue: Date | null;
  deliveryDue: Date | null;
  lines: TDraftLine[];
};

export type TIdCounters = { dok: number; ob: number; vt: number };

/**
 * Writes one document with its lines and VAT summary. Money is summed in grosze: the header's
 * totals are exactly the sums of the lines, and each dok_Vat row the sums of its rate's lines.
 * MM carries no VAT: its lines are valued net and it gets no dok_Vat rows.
 */
export async function writeDocument(options: { writer: TBulkWriter; ids: TIdCounters; draft: TDraftDocument }) {
  const { writer, ids, draft } = options;
  const id = ++ids.dok;
  const warehouseDocument = draft.symbol === "MM";
  const totals = { netto: 0, vat: 0, brutto: 0 };
  const perRate = new Map<number, { percent: number; netto: number; vat: number; brutto: number }>();
  const lineIds: number[] = [];
  for (const [index, line] of draft.lines.entries()) {
    const percent = warehouseDocument ? 0 : line.product.vat.percent;
    const netto = Math.round((line.qty * line.price * (100 - line.discount)) / 100);
    const brutto = grossOf({ netto, percent });
    totals.netto += netto;
    totals.brutto += brutto;
    totals.vat += brutto - netto;
    if (!warehouseDocument) {
      const rate = perRate.get(line.product.vat.id) ?? { percent, netto: 0, vat: 0, brutto: 0 };
      rate.netto += netto;
      rate.vat += brutto - netto;
      rate.brutto += brutto;
      perRate.set(line.product.vat.id, rate);
    }
    const lineId = ++ids.ob;
    lineIds.push(lineId);
    await writer.add("dok_Pozycja", {
      ob_Id: lineId,
      ob_DoId: line.sourceLineId,
      ob_Znak: 1,
      ob_Status: 0,
      ob_DokHanId: warehouseDocument ? null : id,
      ob_DokHanLp: warehouseDocument ? null : index + 1,
      ob_DokMagId: warehouseDocument ? id : null,
      ob_DokMagLp: warehouseDocument ? index + 1 : null,
      ob_TowId: line.product.id,
      ob_TowRodzaj: line.product.rodzaj,
      ob_Ilosc: line.qty,
      ob_IloscMag: line.issuedQty,
      ob_Jm: line.product.unit,
      ob_CenaNetto: zl(line.price),
      ob_CenaBrutto: zl(grossOf({ netto: line.price, percent })),
      ob_CenaMag: zl(line.unitCost),
      ob_Rabat: line.discount,
      ob_VatId: warehouseDocument ? null : line.product.vat.id,
      ob_VatProc: percent,
      ob_WartNetto: zl(netto),
      ob_WartVat: zl(brutto - netto),
      ob_WartBrutto: zl(brutto),
      ob_WartMag: zl(line.qty * line.unitCost),
      ob_MagId: line.warehouseId,
      ob_Opis: null,
      ob_Termin: draft.deliveryDue,
    });
  }
  for (const [vatId, rate] of perRate) {
    await writer.add("dok_Vat", {
      vt_Id: ++ids.vt,
      vt_DokId: id,
      vt_VatId: vatId,
      vt_VatProc: rate.percent,
      vt_WartNetto: zl(rate.netto),
      vt_WartVat: zl(rate.vat),
      vt_WartBrutto: zl(rate.brutto),
    });
  }
  const paid = (kind: TDraftDocument["payment"]) => (draft.payment === kind ? zl(totals.brutto) : 0);
  await writer.add("dok__Dokument", {
    dok_Id: id,
    dok_Typ: DOK_TYP[draft.symbol],
    dok_Podtyp: 0,
    dok_MagId: draft.warehouseId,
    dok_Nr: draft.nr,
    dok_NrRoz: "",
    dok_NrPelny: draft.nrPelny,
    dok_NrPelnyOryg: draft.externalNumber,
    dok_DoDokId: draft.source?.id ?? null,
    dok_DoDokNrPelny: draft.source?.nrPelny ?? "",
    dok_DoDokDataWyst: draft.source?.date ?? null,
    dok_DataWyst: draft.date,
    dok_DataMag: draft.symbol === "ZK" ? null : draft.date,
    dok_PlatnikId: draft.customer?.id ?? null,
    dok_PlatnikAdreshId: draft.customer?.addressSnapshotId ?? null,
    dok_OdbiorcaId: draft.customer?.id ?? null,
    dok_OdbiorcaAdreshId: draft.customer?.addressSnapshotId ?? null,
    dok_PlatTermin: draft.paymentDue,
    dok_Status: draft.status,
    dok_CenyPoziom: draft.priceLevel,
    dok_RabatProc: draft.discount,
    dok_WartNetto: zl(totals.netto),
    dok_WartVat: zl(totals.vat),
    dok_WartBrutto: zl(totals.brutto),
    dok_KwGotowka: paid("cash"),
    dok_KwKarta: paid("card"),
    dok_KwPrzelew: paid("transfer"),
    dok_KwKredyt: 0,
    dok_TerminRealizacji: draft.deliveryDue,
    dok_Waluta: "PLN",
    dok_Uwagi: "",
  });
  return { id, lineIds };
}
