import type { TTableSpecs } from "./column-spec.ts";

/**
 * Document lines. A line belongs to a commercial document (ob_DokHanId: FS, PA, KFS, ZK) or a
 * warehouse document (ob_DokMagId: WZ, MM).
 * On MM the target warehouse is the header's dok_OdbiorcaId (a WMS integrator's notes, "confirmed
 * on production"); uncertain: its lines' ob_MagId is taken as the source warehouse.
 * uncertain: KFS lines are stored as the difference (negative quantity and values) with ob_DoId
 * pointing at the corrected line; Subiekt may store before/after pairs instead.
 * uncertain: ob_CenaMag / ob_WartMag hold the purchase (warehouse, FIFO-lot) price and value of the
 * goods a line moved, as public sales-margin queries read them (margin = ob_WartNetto - ob_WartMag);
 * on an FS issued from a WZ (dok_Podtyp 2) the value may sit on the WZ line ob_DoId points at, and
 * whether a KFS's value is negative like its quantity is not confirmed.
 */
export type TDocumentLineTables = {
  dok_Pozycja: {
    ob_Id: number;
    /** Line this one derives from (a correction's original line). */
    ob_DoId: number | null;
    ob_Znak: number;
    ob_Status: number | null;
    ob_DokHanId: number | null;
    ob_DokHanLp: number | null;
    ob_DokMagId: number | null;
    ob_DokMagLp: number | null;
    ob_TowId: number | null;
    ob_TowRodzaj: number;
    ob_Ilosc: number;
    /** Quantity already issued from the warehouse; on ZK, ob_Ilosc - ob_IloscMag is still reserved. */
    ob_IloscMag: number;
    ob_Jm: string | null;
    ob_CenaNetto: number;
    /** Net unit price in the document's currency (= ob_CenaNetto on PLN documents). */
    ob_CenaWaluta: number;
    ob_CenaBrutto: number;
    /** Purchase (warehouse) unit price of the goods. */
    ob_CenaMag: number;
    /** Discount percent. */
    ob_Rabat: number;
    /** uncertain: NULL on MM lines, which carry no VAT. */
    ob_VatId: number | null;
    ob_VatProc: number;
    ob_WartNetto: number;
    ob_WartVat: number;
    ob_WartBrutto: number;
    /** Purchase (warehouse) value of the line: what the goods cost. */
    ob_WartMag: number;
    ob_MagId: number | null;
    ob_Opis: string | null;
    ob_Termin: Date | null;
  };
};

export const DOCUMENT_LINE_TABLES: TTableSpecs<TDocumentLineTables> = {
  dok_Pozycja: {
    columns: {
      ob_Id: "int",
      ob_DoId: "int null",
      ob_Znak: "smallint",
      ob_Status: "int null",
      ob_DokHanId: "int null",
      ob_DokHanLp: "int null",
      ob_DokMagId: "int null",
      ob_DokMagLp: "int null",
      ob_TowId: "int null",
      ob_TowRodzaj: "int",
      ob_Ilosc: "money",
      ob_IloscMag: "money",
      ob_Jm: "varchar(10) null",
      ob_CenaNetto: "money",
      ob_CenaWaluta: "money",
      ob_CenaBrutto: "money",
      ob_CenaMag: "money",
      ob_Rabat: "money",
      ob_VatId: "int null",
      ob_VatProc: "money",
      ob_WartNetto: "money",
      ob_WartVat: "money",
      ob_WartBrutto: "money",
      ob_WartMag: "money",
      ob_MagId: "int null",
      ob_Opis: "varchar(255) null",
      ob_Termin: "datetime null",
    },
    primaryKey: ["ob_Id"],
    // Subiekt's IX_dok_Pozycja .. _3.
    indexes: [["ob_DokHanId"], ["ob_DokMagId"], ["ob_DoId"], ["ob_TowId"]],
  },
};
