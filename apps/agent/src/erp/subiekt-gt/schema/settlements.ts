import type { TTableSpecs } from "./column-spec.ts";

/**
 * Settlements (rozrachunki): one nz__Finanse row per amount a customer owes the company or the
 * company owes a customer, created by Subiekt when it saves a deferred-payment sale and lowered
 * as payments are matched to it. Only the columns the balance read and the sandbox use are typed;
 * the sandbox creates every column the facts list.
 * uncertain (all of it): the column facts give names and types only; the meanings below come from
 * the column names and from Subiekt's own views over the table (vw_Finanse*: "Naleznosc" and
 * "Zobowiazanie" beside nzf_Typ, "DniSpoznienia" from nzf_TerminPlatnosci), not from InsERT.
 */
export type TSettlementTables = {
  nz__Finanse: {
    nzf_Id: number;
    /** When the settlement arose (the document's date). */
    nzf_Data: Date;
    /** Payment due date; uncertain: null on settlements without a term. */
    nzf_TerminPlatnosci: Date | null;
    /** Receivable or liability: see SETTLEMENT_TYPE (uncertain values). */
    nzf_Typ: number;
    /** The amount when the settlement arose, in PLN. */
    nzf_WartoscPierwotna: number;
    /** uncertain: the amount still open, in PLN (0 once fully paid). */
    nzf_Wartosc: number;
    nzf_IdWaluty: string;
    nzf_DataOstatniejSplaty: Date | null;
    /** The document the settlement came from (FS). */
    nzf_IdDokumentAuto: number | null;
    /** The customer (kh_Id) when nzf_TypObiektu says so. */
    nzf_IdObiektu: number | null;
    nzf_TypObiektu: number;
    nzf_Status: number;
    nzf_NumerPelny: string | null;
  };
};

/** uncertain: nzf_Typ of a receivable (należność) and a liability (zobowiązanie), as public integrators read them. */
export const SETTLEMENT_TYPE = { RECEIVABLE: 39, LIABILITY: 40 } as const;

/** uncertain: nzf_TypObiektu when nzf_IdObiektu is a customer (kh__Kontrahent.kh_Id). */
export const SETTLEMENT_OF_CUSTOMER = 1;

export const SETTLEMENT_TABLES: TTableSpecs<TSettlementTables> = {
  nz__Finanse: {
    columns: {
      nzf_Id: "int",
      nzf_Data: "datetime",
      nzf_TerminPlatnosci: "datetime null",
      nzf_Typ: "int",
      nzf_WartoscPierwotna: "money",
      nzf_Wartosc: "money",
      nzf_IdWaluty: "char(3)",
      nzf_DataOstatniejSplaty: "datetime null",
      nzf_IdDokumentAuto: "int null",
      nzf_IdObiektu: "int null",
      nzf_TypObiektu: "int",
      nzf_Status: "int",
      nzf_NumerPelny: "varchar(144) null",
    },
    primaryKey: ["nzf_Id"],
    // uncertain: whether Subiekt indexes nzf_IdDokumentAuto (the document read looks settlements up by it).
    indexes: [["nzf_IdObiektu", "nzf_TypObiektu"], ["nzf_IdDokumentAuto"]],
  },
};
