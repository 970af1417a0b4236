import type { TTableSpecs } from "./column-spec.ts";

/** Document headers: invoices, receipts, corrections, orders, transfers (dok_Typ, see document-codes.ts). */
export type TDocumentTables = {
  dok__Dokument: {
    dok_Id: number;
    dok_Typ: number;
    dok_Podtyp: number;
    /** Warehouse; on MM the source warehouse (the target is dok_OdbiorcaId). */
    dok_MagId: number | null;
    /** Number within its series (type and month, see document-codes.ts). */
    dok_Nr: number | null;
    /** Number extension; char(3), so '' reads back as three spaces. */
    dok_NrRoz: string | null;
    /** Full number, e.g. "FS 12/03/2026". */
    dok_NrPelny: string;
    /** External number: the integration's idempotency key. */
    dok_NrPelnyOryg: string;
    /** Source document (a KFS points at its FS or PA). */
    dok_DoDokId: number | null;
    dok_DoDokNrPelny: string;
    dok_DoDokDataWyst: Date | null;
    dok_DataWyst: Date;
    /** NOT NULL with no default: the date the document takes effect in the warehouse. */
    dok_DataMag: Date;
    dok_PlatnikId: number | null;
    dok_PlatnikAdreshId: number | null;
    dok_OdbiorcaId: number | null;
    dok_OdbiorcaAdreshId: number | null;
    dok_PlatTermin: Date | null;
    /** uncertain: codes, see document-codes.ts. */
    dok_Status: number;
    /** Price level the document was priced at. */
    dok_CenyPoziom: number | null;
    dok_RabatProc: number;
    dok_WartNetto: number;
    dok_WartVat: number;
    dok_WartBrutto: number;
    dok_KwGotowka: number | null;
    dok_KwKarta: number | null;
    dok_KwPrzelew: number | null;
    dok_KwKredyt: number | null;
    dok_TerminRealizacji: Date | null;
    dok_Waluta: string | null;
    dok_Uwagi: string;
  };
};

export const DOCUMENT_TABLES: TTableSpecs<TDocumentTables> = {
  dok__Dokument: {
    columns: {
      dok_Id: "int",
      dok_Typ: "int",
      dok_Podtyp: "int",
      dok_MagId: "int null",
      dok_Nr: "int null",
      dok_NrRoz: "char(3) null",
      dok_NrPelny: "varchar(30)",
      dok_NrPelnyOryg: "varchar(30)",
      dok_DoDokId: "int null",
      dok_DoDokNrPelny: "varchar(30)",
      dok_DoDokDataWyst: "datetime null",
      dok_DataWyst: "datetime",
      dok_DataMag: "datetime",
      dok_PlatnikId: "int null",
      dok_PlatnikAdreshId: "int null",
      dok_OdbiorcaId: "int null",
      dok_OdbiorcaAdreshId: "int null",
      dok_PlatTermin: "datetime null",
      dok_Status: "int",
      dok_CenyPoziom: "int null",
      dok_RabatProc: "money",
      dok_WartNetto: "money",
      dok_WartVat: "money",
      dok_WartBrutto: "money",
      dok_KwGotowka: "money null",
      dok_KwKarta: "money null",
      dok_KwPrzelew: "money null",
      dok_KwKredyt: "money null",
      dok_TerminRealizacji: "datetime null",
      dok_Waluta: "char(3) null",
      dok_Uwagi: "varchar(500)",
    },
    primaryKey: ["dok_Id"],
    // Subiekt's own indexes IX_dok__Dokument .. _4; none is unique.
    indexes: [
      ["dok_DoDokId", "dok_Typ", "dok_Podtyp"],
      ["dok_DataWyst"],
      ["dok_Typ", "dok_MagId", "dok_Nr", "dok_NrRoz", "dok_DataWyst"],
      ["dok_Typ", "dok_Podtyp", "dok_NrPelnyOryg", "dok_PlatnikId"],
      ["dok_NrPelny"],
    ],
  },
};
