import type { TTableSpecs } from "./column-spec.ts";

export type TPriceLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/**
 * Prices: one tw_Cena row per product with net and gross prices per level, level names in
 * tw_Parametr, discounts in sl_Rabat.
 * uncertain: level 0 is taken as the purchase (evidence) price, levels 1..10 as the sale levels
 * named by twp_NazwaCeny1..10; an unused level is NULL.
 */
export type TPriceTables = {
  tw_Cena: { tc_Id: number; tc_IdTowar: number } & { [L in TPriceLevel as `tc_CenaNetto${L}`]: number | null } & {
    [L in TPriceLevel as `tc_CenaBrutto${L}`]: number | null;
  } & { [L in TPriceLevel as `tc_IdWaluta${L}`]: string };
  /** One row: settings for products; the integration reads the price level names. */
  tw_Parametr: { twp_Id: number } & { [L in Exclude<TPriceLevel, 0> as `twp_NazwaCeny${L}`]: string };
  /**
   * Not in the column facts. Its key is spelled rt_id (kh_IdRabat's FK target in the facts);
   * uncertain: columns besides rt_id and rt_Procent.
   */
  sl_Rabat: { rt_id: number; rt_Nazwa: string; rt_Procent: number };
};

export const PRICE_TABLES: TTableSpecs<TPriceTables> = {
  tw_Cena: {
    columns: {
      tc_Id: "int",
      tc_IdTowar: "int",
      tc_CenaNetto0: "money null",
      tc_CenaNetto1: "money null",
      tc_CenaNetto2: "money null",
      tc_CenaNetto3: "money null",
      tc_CenaNetto4: "money null",
      tc_CenaNetto5: "money null",
      tc_CenaNetto6: "money null",
      tc_CenaNetto7: "money null",
      tc_CenaNetto8: "money null",
      tc_CenaNetto9: "money null",
      tc_CenaNetto10: "money null",
      tc_CenaBrutto0: "money null",
      tc_CenaBrutto1: "money null",
      tc_CenaBrutto2: "money null",
      tc_CenaBrutto3: "money null",
      tc_CenaBrutto4: "money null",
      tc_CenaBrutto5: "money null",
      tc_CenaBrutto6: "money null",
      tc_CenaBrutto7: "money null",
      tc_CenaBrutto8: "money null",
      tc_CenaBrutto9: "money null",
      tc_CenaBrutto10: "money null",
      tc_IdWaluta0: "char(3)",
      tc_IdWaluta1: "char(3)",
      tc_IdWaluta2: "char(3)",
      tc_IdWaluta3: "char(3)",
      tc_IdWaluta4: "char(3)",
      tc_IdWaluta5: "char(3)",
      tc_IdWaluta6: "char(3)",
      tc_IdWaluta7: "char(3)",
      tc_IdWaluta8: "char(3)",
      tc_IdWaluta9: "char(3)",
      tc_IdWaluta10: "char(3)",
    },
    primaryKey: ["tc_Id"],
  },
  tw_Parametr: {
    columns: {
      twp_Id: "int",
      twp_NazwaCeny1: "varchar(50)",
      twp_NazwaCeny2: "varchar(50)",
      twp_NazwaCeny3: "varchar(50)",
      twp_NazwaCeny4: "varchar(50)",
      twp_NazwaCeny5: "varchar(50)",
      twp_NazwaCeny6: "varchar(50)",
      twp_NazwaCeny7: "varchar(50)",
      twp_NazwaCeny8: "varchar(50)",
      twp_NazwaCeny9: "varchar(50)",
      twp_NazwaCeny10: "varchar(50)",
    },
    primaryKey: ["twp_Id"],
  },
  sl_Rabat: {
    columns: { rt_id: "int", rt_Nazwa: "varchar(50)", rt_Procent: "money" },
    primaryKey: ["rt_id"],
  },
};
