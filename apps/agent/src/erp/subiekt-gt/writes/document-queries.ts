import { DOK_TYP, type TDokTypSymbol } from "../schema/document-codes.ts";
import type { TDocumentRef } from "@erp-bridge/shared";
import { storedKey } from "../schema/document-key.ts";
import type { TWriteContext } from "./run-write.ts";

/** The document of the given types with this external key or number. */
export function findDocumentQuery(
  ctx: Pick<TWriteContext, "tx" | "h">,
  options: { ref: TDocumentRef; types: readonly TDokTypSymbol[] },
) {
  const { ref } = options;
  const query = ctx.tx
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_Typ", "dok_Status", "dok_NrPelny", "dok_MagId", "dok_DataWyst"])
    .select(["dok_OdbiorcaId", "dok_OdbiorcaAdreshId", "dok_KwGotowka", "dok_KwKarta", "dok_KwPrzelew"])
    .where(
      "dok_Typ",
      "in",
      options.types.map((t) => DOK_TYP[t]),
    );
  const matched =
    "externalKey" in ref
      ? query.where("dok_NrPelnyOryg", "=", storedKey(ref.externalKey) ?? ref.externalKey)
      : query.where("dok_NrPelny", "=", ref.number);
  return ctx.h.top(matched.orderBy("dok_Id"), { size: 1 });
}

/** The highest number in a type's monthly series (see document-codes.ts). */
export function lastNumberQuery(ctx: Pick<TWriteContext, "tx">, options: { type: TDokTypSymbol; date: Date }) {
  const from = new Date(Date.UTC(options.date.getUTCFullYear(), options.date.getUTCMonth(), 1));
  const to = new Date(Date.UTC(options.date.getUTCFullYear(), options.date.getUTCMonth() + 1, 1));
  return ctx.tx
    .selectFrom("dok__Dokument")
    .select((eb) => eb.fn.max("dok_Nr").as("last"))
    .where("dok_Typ", "=", DOK_TYP[options.type])
    .where("dok_DataWyst", ">=", from)
    .where("dok_DataWyst", "<", to);
}

/** Lines of a commercial document (FS, PA, ZK) with what a copy or a correction needs. */
export function documentLinesQuery(ctx: Pick<TWriteContext, "tx">, options: { documentId: number }) {
  return ctx.tx
    .selectFrom("dok_Pozycja")
    .select(["ob_Id", "ob_TowId", "ob_TowRodzaj", "ob_Jm", "ob_Ilosc", "ob_IloscMag", "ob_CenaNetto", "ob_Rabat"])
    .select(["ob_VatId", "ob_VatProc", "ob_MagId", "ob_CenaMag"])
    .where("ob_DokHanId", "=", options.documentId)
    .orderBy("ob_DokHanLp");
}

/** Quantity already corrected per line (negative: returned), from the corrections pointing at them. */
export function correctedQuantityQuery(ctx: Pick<TWriteContext, "tx">, options: { lineIds: readonly number[] }) {
  return ctx.tx
    .selectFrom("dok_Pozycja")
    .select("ob_DoId")
    .select((eb) => eb.fn.sum<number>("ob_Ilosc").as("corrected"))
    .where("ob_DoId", "in", options.lineIds)
    .groupBy("ob_DoId");
}

export function setDocumentStatusQuery(ctx: Pick<TWriteContext, "tx">, options: { id: number; status: number }) {
  return ctx.tx.updateTable("dok__Dokument").set({ dok_Status: options.status }).where("dok_Id", "=", options.id);
}

/** Marks a line fully issued (its quantity went out on a sale). */
export function setLineIssuedQuery(ctx: Pick<TWriteContext, "tx">, options: { lineId: number }) {
  return ctx.tx
    .updateTable("dok_Pozycja")
    .set((eb) => ({ ob_IloscMag: eb.ref("ob_Ilosc") }))
    .where("ob_Id", "=", options.lineId);
}

/** Moves an order line to another warehouse, with the reservation an MM carried there. */
export function setLineWarehouseQuery(
  ctx: Pick<TWriteContext, "tx">,
  options: { lineId: number; warehouseId: number },
) {
  return ctx.tx.updateTable("dok_Pozycja").set({ ob_MagId: options.warehouseId }).where("ob_Id", "=", options.lineId);
}
