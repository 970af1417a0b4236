import type { TTableSpecs } from "./column-spec.ts";

/** VAT rates. "zw" (exempt) and "0" both have vat_Stawka 0 and differ by vat_Symbol. */
export type TVatTables = {
  sl_StawkaVAT: {
    vat_Id: number;
    vat_Nazwa: string;
    /** Percent, e.g. 23.0000. */
    vat_Stawka: number;
    vat_Symbol: string;
  };
};

export const VAT_TABLES: TTableSpecs<TVatTables> = {
  sl_StawkaVAT: {
    columns: { vat_Id: "int", vat_Nazwa: "varchar(50)", vat_Stawka: "money", vat_Symbol: "varchar(20)" },
    primaryKey: ["vat_Id"],
  },
};
