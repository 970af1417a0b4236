import type { TTableSpecs } from "./column-spec.ts";

/** Stock per product and warehouse. Available = st_Stan - st_StanRez. */
export type TStockTables = {
  tw_Stan: {
    st_TowId: number;
    st_MagId: number;
    /** On hand. */
    st_Stan: number;
    /** Reserved by open ZK orders saved with reservation. */
    st_StanRez: number;
    st_StanMin: number;
    /** uncertain: 0 taken as "no maximum". */
    st_StanMax: number;
  };
};

export const STOCK_TABLES: TTableSpecs<TStockTables> = {
  tw_Stan: {
    columns: {
      st_TowId: "int",
      st_MagId: "int",
      st_Stan: "money",
      st_StanRez: "money",
      st_StanMin: "money",
      st_StanMax: "money",
    },
    primaryKey: ["st_TowId", "st_MagId"],
    indexes: [["st_MagId"]],
  },
};
