import { DOK_TYP } from "../schema/document-codes.ts";
import type { TReadOptions } from "./read-options.ts";

type TDb = Pick<TReadOptions, "db" | "helpers">;

/** The document types the integration reads, by dok_Typ. */
export const READ_TYPES = { FS: DOK_TYP.FS, PA: DOK_TYP.PA, KFS: DOK_TYP.KFS, ZK: DOK_TYP.ZK, MM: DOK_TYP.MM };

function selectDocuments(options: TDb) {
  return options.db
    .selectFrom("dok__Dokument")
    .select(["dok_Id", "dok_Typ", "dok_NrPelny", "dok_NrPelnyOryg", "dok_DataWyst", "dok_MagId", "dok_Status"])
    .select(["dok_OdbiorcaId", "dok_PlatnikId", "dok_DoDokId", "dok_WartNetto", "dok_WartVat", "dok_WartBrutto"])
    .where("dok_Typ", "in", Object.values(READ_TYPES));
}

/** Documents of the read types after the dok_Id watermark. */
export function queryNewDocuments(options: TDb & { afterId: number | null; size: number }) {
  return options.helpers.page(selectDocuments(options), {
    orderBy: "dok_Id",
    after: options.afterId ?? undefined,
    size: options.size,
  });
}

/** Documents by id: those whose status changed since they were read. */
export function queryDocumentsById(options: TDb & { ids: readonly number[] }) {
  return selectDocuments(options).where("dok_Id", "in", options.ids).orderBy("dok_Id");
}

/** The current status of tracked documents. */
export function queryDocumentStatuses(options: TDb & { ids: readonly number[] }) {
  return options.db.selectFrom("dok__Dokument").select(["dok_Id", "dok_Status"]).where("dok_Id", "in", options.ids);
}

/** Lines of commercial documents (FS, PA, KFS, ZK): ob_DokHanId. */
export function queryCommercialLines(options: TDb & { ids: readonly number[] }) {
  return selectLines(options).select("ob_DokHanId as documentId").where("ob_DokHanId", "in", options.ids);
}

/** Lines of warehouse documents (MM): ob_DokMagId. */
export function queryWarehouseLines(options: TDb & { ids: readonly number[] }) {
  return selectLines(options).select("ob_DokMagId as documentId").where("ob_DokMagId", "in", options.ids);
}

function selectLines(options: TDb) {
  return options.db
    .selectFrom("dok_Pozycja")
    .select(["ob_Id", "ob_TowId", "ob_Ilosc", "ob_CenaNetto", "ob_CenaBrutto", "ob_VatProc"])
    .select(["ob_WartNetto", "ob_WartBrutto", "ob_Rabat", "ob_WartMag"])
    .orderBy("ob_Id");
}
