import type { TTableSpecs } from "./column-spec.ts";

/** Products with their extra barcodes, groups and units. */
export type TProductTables = {
  tw__Towar: {
    tw_Id: number;
    /** SKU, unique. */
    tw_Symbol: string;
    tw_Nazwa: string;
    tw_Opis: string | null;
    /** 1 goods, 2 service, ... */
    tw_Rodzaj: number;
    /** Main EAN; '' when the product has none. */
    tw_PodstKodKresk: string;
    tw_IdVatSp: number;
    tw_IdVatZak: number;
    /** Unit symbol as text ("szt."), not an id. */
    tw_JednMiary: string;
    tw_IdGrupa: number | null;
    tw_Pole1: string | null;
    tw_Pole2: string | null;
    tw_Pole3: string | null;
    tw_Pole4: string | null;
    tw_Pole5: string | null;
    tw_Pole6: string | null;
    tw_Pole7: string | null;
    tw_Pole8: string | null;
    /** Sold online. */
    tw_SklepInternet: boolean;
    tw_Usuniety: boolean;
    tw_Zablokowany: boolean;
  };
  tw_KodKreskowy: {
    kk_Id: number;
    kk_IdTowar: number;
    kk_Kod: string;
  };
  sl_GrupaTw: {
    grt_Id: number;
    grt_Nazwa: string;
    grt_NrAnalityka: string | null;
  };
  /** uncertain: the whole table (jm_Id, jm_Symbol, jm_Nazwa) rests on one integrator's query. */
  sl_JednMiary: {
    jm_Id: number;
    jm_Symbol: string;
    jm_Nazwa: string;
  };
};

export const PRODUCT_TABLES: TTableSpecs<TProductTables> = {
  tw__Towar: {
    columns: {
      tw_Id: "int",
      /** uncertain: 20 in recent scaffolds, 30 in an older one. */
      tw_Symbol: "varchar(20)",
      tw_Nazwa: "varchar(50)",
      tw_Opis: "varchar(255) null",
      tw_Rodzaj: "int",
      tw_PodstKodKresk: "varchar(20)",
      tw_IdVatSp: "int",
      tw_IdVatZak: "int",
      tw_JednMiary: "varchar(10)",
      tw_IdGrupa: "int null",
      tw_Pole1: "varchar(50) null",
      tw_Pole2: "varchar(50) null",
      tw_Pole3: "varchar(50) null",
      tw_Pole4: "varchar(50) null",
      tw_Pole5: "varchar(50) null",
      tw_Pole6: "varchar(50) null",
      tw_Pole7: "varchar(50) null",
      tw_Pole8: "varchar(50) null",
      tw_SklepInternet: "bit",
      tw_Usuniety: "bit",
      tw_Zablokowany: "bit",
    },
    primaryKey: ["tw_Id"],
    unique: [["tw_Symbol"]],
    indexes: [["tw_PodstKodKresk"], ["tw_IdGrupa"]],
  },
  tw_KodKreskowy: {
    columns: { kk_Id: "int", kk_IdTowar: "int", kk_Kod: "varchar(20)" },
    primaryKey: ["kk_Id"],
    indexes: [["kk_IdTowar"], ["kk_Kod"]],
  },
  sl_GrupaTw: {
    /** uncertain: lengths of grt_Nazwa and grt_NrAnalityka. */
    columns: { grt_Id: "int", grt_Nazwa: "varchar(50)", grt_NrAnalityka: "varchar(5) null" },
    primaryKey: ["grt_Id"],
  },
  sl_JednMiary: {
    columns: { jm_Id: "int", jm_Symbol: "varchar(10)", jm_Nazwa: "varchar(50)" },
    primaryKey: ["jm_Id"],
  },
};
