import type { TTableSpecs } from "./column-spec.ts";

/**
 * Row ids are not IDENTITY columns: Subiekt allocates them from this counter table through the
 * stored procedure spIdentyfikator. Allocating MAX(id)+1 by hand breaks later saves in Subiekt.
 * uncertain: ido_nazwa holds the table name (seen for pw_Dane, sl_GrupaTw, ecp__Zapis) and
 * ido_wartosc the next free id; spIdentyfikator(name, count) is taken to reserve `count` ids and
 * return the first of them.
 */
export type TIdTables = {
  ins_ident: {
    ido_nazwa: string;
    ido_wartosc: number;
  };
};

export const ID_TABLES: TTableSpecs<TIdTables> = {
  ins_ident: {
    /** uncertain: varchar length of ido_nazwa. */
    columns: { ido_nazwa: "varchar(50)", ido_wartosc: "int" },
    primaryKey: ["ido_nazwa"],
  },
};

/** The id allocation procedure's name, as the connector calls it. */
export const ID_PROCEDURE = "spIdentyfikator";
