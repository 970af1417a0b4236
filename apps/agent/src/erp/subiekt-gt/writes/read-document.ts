import { DOK_TYP } from "../schema/document-codes.ts";
import type { TErpDocument } from "@erp-bridge/shared";
import { keyOfStored } from "../schema/document-key.ts";
import type { TWriteContext } from "./run-write.ts";

export function documentHeaderQuery(ctx: Pick<TWriteContext, "tx">, options: { id: number }) {
  return (
    ctx.tx
      .selectFrom("dok__Dokument")
      .leftJoin("sl_Magazyn", "mag_Id", "dok_MagId")
      // On an MM dok_OdbiorcaId is the target warehouse.
      .leftJoin("sl_Magazyn as target", "target.mag_Id", "dok_OdbiorcaId")
      .select(["dok_Id", "dok_Typ", "dok_NrPelny", "dok_NrPelnyOryg", "dok_Status", "dok_DataWyst"])
      .select(["sl_Magazyn.mag_Symbol", "target.mag_Symbol as targetSymbol"])
      .select(["dok_OdbiorcaId", "dok_DoDokId", "dok_DoDokNrPelny", "dok_WartNetto", "dok_WartVat", "dok_WartBrutto"])
      .where("dok_Id", "=", options.id)
  );
}

/** Lines of a document, commercial (ob_DokHanId) or warehouse (ob_DokMagId). */
export function documentLinesViewQuery(ctx: Pick<TWriteContext, "tx">, options: { id: number }) {
  return ctx.tx
    .selectFrom("dok_Pozycja")
    .leftJoin("tw__Towar", "tw_Id", "ob_TowId")
    .leftJoin("sl_Magazyn", "mag_Id", "ob_MagId")
    .select(["ob_Id", "ob_TowId", "tw_Symbol", "ob_Ilosc", "ob_IloscMag", "ob_CenaNetto", "ob_CenaBrutto", "ob_Rabat"])
    .select(["ob_VatProc", "ob_WartNetto", "ob_WartVat", "ob_WartBrutto", "mag_Symbol", "ob_DoId"])
    .where((eb) => eb.or([eb("ob_DokHanId", "=", options.id), eb("ob_DokMagId", "=", options.id)]))
    .orderBy("ob_Id");
}

export function documentVatQuery(ctx: Pick<TWriteContext, "tx">, options: { id: number }) {
  return ctx.tx
    .selectFrom("dok_Vat")
    .select(["vt_VatProc", "vt_WartNetto", "vt_WartVat", "vt_WartBrutto"])
    .where("vt_DokId", "=", options.id)
    .orderBy("vt_Id");
}

const SYMBOLS = new Map<number, string>(Object.entries(DOK_TYP).map(([symbol, typ]) => [typ, symbol]));

/** A document as the writes return it, read back from the tables (so a repeat returns what was stored). */
export async function readDocument(ctx: TWriteContext, options: { id: number }): Promise<TErpDocument> {
  const header = await documentHeaderQuery(ctx, options).executeTakeFirstOrThrow();
  const lines = await documentLinesViewQuery(ctx, options).execute();
  const vat = await documentVatQuery(ctx, options).execute();
  const transfer = header.dok_Typ === DOK_TYP.MM;
  const target = header.targetSymbol?.trim() ?? "";
  return {
    id: header.dok_Id,
    type: SYMBOLS.get(header.dok_Typ) ?? String(header.dok_Typ),
    number: header.dok_NrPelny,
    externalKey: keyOfStored(header.dok_NrPelnyOryg) ?? header.dok_NrPelnyOryg,
    status: header.dok_Status,
    date: header.dok_DataWyst,
    warehouse: header.mag_Symbol?.trim() ?? "",
    customerId: transfer ? null : header.dok_OdbiorcaId,
    source: header.dok_DoDokId === null ? null : { id: header.dok_DoDokId, number: header.dok_DoDokNrPelny },
    totals: { net: header.dok_WartNetto, vat: header.dok_WartVat, gross: header.dok_WartBrutto },
    vat: vat.map((r) => ({ vatPercent: r.vt_VatProc, net: r.vt_WartNetto, vat: r.vt_WartVat, gross: r.vt_WartBrutto })),
    lines: lines.map((l) => ({
      id: l.ob_Id,
      productId: l.ob_TowId ?? 0,
      sku: l.tw_Symbol ?? "",
      quantity: l.ob_Ilosc,
      issuedQuantity: l.ob_IloscMag,
      netPrice: l.ob_CenaNetto,
      grossPrice: l.ob_CenaBrutto,
      discountPercent: l.ob_Rabat,
      vatPercent: l.ob_VatProc,
      net: l.ob_WartNetto,
      vat: l.ob_WartVat,
      gross: l.ob_WartBrutto,
      // An MM's line goes where the document sends it.
      warehouse: transfer ? target : (l.mag_Symbol?.trim() ?? ""),
      sourceLineId: l.ob_DoId,
    })),
  };
}
