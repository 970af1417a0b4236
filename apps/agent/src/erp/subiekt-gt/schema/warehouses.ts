import type { TTableSpecs } from "./column-spec.ts";

/** Warehouses; showrooms are usually warehouses of their own in the same database. */
export type TWarehouseTables = {
  sl_Magazyn: {
    mag_Id: number;
    mag_Symbol: string;
    mag_Nazwa: string;
    mag_Glowny: boolean;
    /** uncertain: meaning of the codes; the sandbox writes 1 for a warehouse in use. */
    mag_Status: number;
  };
};

export const WAREHOUSE_TABLES: TTableSpecs<TWarehouseTables> = {
  sl_Magazyn: {
    columns: {
      mag_Id: "int",
      mag_Symbol: "varchar(3)",
      mag_Nazwa: "varchar(50)",
      mag_Glowny: "bit",
      mag_Status: "int",
    },
    primaryKey: ["mag_Id"],
  },
};
