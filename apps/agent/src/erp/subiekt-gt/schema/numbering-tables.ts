import type { TTableSpecs } from "./column-spec.ts";

/**
 * Subiekt's numbering settings: one nr_Parametr row per document type (np_Typ = dok_Typ, with
 * np_DefiniowalnyId 0 for the built-in types) saying how its numbers are made; nr_NrRez holds
 * numbers reserved by documents being edited. Their reading is in numbering.ts.
 */
export type TNumberingTables = {
  nr_Parametr: {
    np_Typ: number;
    np_NrRoz: boolean;
    np_NrSymbolRej: boolean;
    np_NrMiesiac: boolean;
    np_NrRok: boolean;
    np_NrLuka: number;
    np_NrRodzaj: number;
    np_NrSymbolUzyt: boolean;
    np_DefiniowalnyId: number;
    np_NrDzien: boolean;
  };
  nr_NrRez: {
    rez_Id: number;
    rez_RejId: number | null;
    rez_Typ: number;
    rez_Roz: string | null;
    rez_DataWyst: Date;
    rez_Nr: number;
    rez_DefiniowalnyId: number | null;
  };
};

export const NUMBERING_TABLES: TTableSpecs<TNumberingTables> = {
  nr_Parametr: {
    columns: {
      np_Typ: "int",
      np_NrRoz: "bit",
      np_NrSymbolRej: "bit",
      np_NrMiesiac: "bit",
      np_NrRok: "bit",
      np_NrLuka: "int",
      np_NrRodzaj: "int",
      np_NrSymbolUzyt: "bit",
      np_DefiniowalnyId: "int",
      np_NrDzien: "bit",
    },
    primaryKey: ["np_Typ", "np_DefiniowalnyId"],
  },
  nr_NrRez: {
    columns: {
      rez_Id: "int",
      rez_RejId: "int null",
      rez_Typ: "int",
      rez_Roz: "char(3) null",
      rez_DataWyst: "datetime",
      rez_Nr: "int",
      rez_DefiniowalnyId: "int null",
    },
    primaryKey: ["rez_Id"],
    indexes: [["rez_Typ", "rez_DataWyst"]],
  },
};
