import type { TTableSpecs } from "./column-spec.ts";

/** Products with their extra barcodes, groups and units. */
export type TProductTables = {
  tw__Towar: {
    tw_Id: number;
    /** SKU, unique. */
    tw_Symbol: string;
    tw_Nazwa: string;
    tw_Opis: string;
    /** 1 goods, 2 service, ... */
    tw_Rodzaj: number;
    /** Main EAN; '' when the product has none. */
    tw_PodstKodKresk: string;
    tw_IdVatSp: number | null;
    tw_IdVatZak: number | null;
    /** Unit symbol as text ("szt."), not an id. */
    tw_JednMiary: string;
    tw_IdGrupa: number | null;
    tw_Pole1: string;
    tw_Pole2: string;
    tw_Pole3: string;
    tw_Pole4: string;
    tw_Pole5: string;
    tw_Pole6: string;
    tw_Pole7: string;
    tw_Pole8: string;
    /** uncertain: the product card's "Masa" in kilograms (money, so 4 decimals); NULL when not given. */
    tw_Masa: number | null;
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
  /** Flat: the facts give no parent column, so a product's group path is its one group's name. */
  sl_GrupaTw: {
    grt_Id: number;
    grt_Nazwa: string;
    grt_NrAnalityka: string | null;
  };
  /** A product's units: its base unit (jm_Przelicznik 1) and others, by conversion; there is no unit dictionary. */
  tw_JednMiary: {
    jm_Id: number;
    jm_IdTowar: number;
    jm_IdJednMiary: string;
    jm_Przelicznik: number;
    jm_DlaNaklejek: boolean;
  };
};

export const PRODUCT_TABLES: TTableSpecs<TProductTables> = {
  tw__Towar: {
    columns: {
      tw_Id: "int",
      tw_Symbol: "varchar(20)",
      tw_Nazwa: "varchar(50)",
      tw_Opis: "varchar(255)",
      tw_Rodzaj: "int",
      tw_PodstKodKresk: "varchar(20)",
      tw_IdVatSp: "int null",
      tw_IdVatZak: "int null",
      tw_JednMiary: "varchar(10)",
      tw_IdGrupa: "int null",
      tw_Pole1: "varchar(50)",
      tw_Pole2: "varchar(50)",
      tw_Pole3: "varchar(50)",
      tw_Pole4: "varchar(50)",
      tw_Pole5: "varchar(50)",
      tw_Pole6: "varchar(50)",
      tw_Pole7: "varchar(50)",
      tw_Pole8: "varchar(50)",
      tw_Masa: "money null",
      tw_SklepInternet: "bit",
      tw_Usuniety: "bit",
      tw_Zablokowany: "bit",
    },
    primaryKey: ["tw_Id"],
    indexes: [["tw_PodstKodKresk"], ["tw_IdGrupa"]],
  },
  tw_KodKreskowy: {
    columns: { kk_Id: "int", kk_IdTowar: "int", kk_Kod: "varchar(20)" },
    primaryKey: ["kk_Id"],
    indexes: [["kk_IdTowar"], ["kk_Kod"]],
  },
  sl_GrupaTw: {
    columns: { grt_Id: "int", grt_Nazwa: "varchar(50)", grt_NrAnalityka: "varchar(3) null" },
    primaryKey: ["grt_Id"],
  },
  tw_JednMiary: {
    columns: {
      jm_Id: "int",
      jm_IdTowar: "int",
      jm_IdJednMiary: "varchar(10)",
      jm_Przelicznik: "money",
      jm_DlaNaklejek: "bit",
    },
    primaryKey: ["jm_Id"],
  },
};
