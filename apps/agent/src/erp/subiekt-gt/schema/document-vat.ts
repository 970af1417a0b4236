import type { TTableSpecs } from "./column-spec.ts";

/** VAT summary: one row per rate per document, equal to the sums of its lines at that rate. */
export type TDocumentVatTables = {
  dok_Vat: {
    vt_Id: number;
    vt_DokId: number;
    vt_VatId: number;
    vt_VatProc: number;
    vt_WartNetto: number;
    vt_WartVat: number;
    vt_WartBrutto: number;
  };
};

export const DOCUMENT_VAT_TABLES: TTableSpecs<TDocumentVatTables> = {
  dok_Vat: {
    columns: {
      vt_Id: "int",
      vt_DokId: "int",
      vt_VatId: "int",
      vt_VatProc: "money",
      vt_WartNetto: "money",
      vt_WartVat: "money",
      vt_WartBrutto: "money",
    },
    primaryKey: ["vt_Id"],
    indexes: [["vt_DokId"]],
  },
};
