import type { TTableSpecs } from "./column-spec.ts";

/**
 * Customers and their addresses. kh__Kontrahent has no name column: the name, NIP and address
 * live in adr__Ewid (adr_IdObiektu = kh_Id, adr_TypAdresu 1 = main); documents point at a
 * snapshot row in adr_Historia. Subiekt saves a new customer with addresses of types 1, 2 and 11,
 * its phone in tel__Ewid and its e-mail in adr_Email (both on the main address).
 */
export type TCustomerTables = {
  kh__Kontrahent: {
    kh_Id: number;
    kh_Symbol: string;
    /** NOT NULL: '' when the customer has none. */
    kh_EMail: string;
    /** Price level 1..10 (tw_Cena tc_CenaNetto<N>). */
    kh_Cena: number | null;
    kh_IdRabat: number | null;
    /** The customer group (sl_GrupaKh); promotions may be for a group. */
    kh_IdGrupa: number | null;
    /** Credit limit. */
    kh_MaxWartKred: number;
    /** Payment days. */
    kh_MaxDniSp: number;
    kh_Jednorazowy: boolean;
    kh_Zablokowany: boolean;
  };
  adr__Ewid: {
    adr_Id: number;
    adr_IdObiektu: number;
    adr_TypAdresu: number;
    adr_Nazwa: string;
    adr_NazwaPelna: string;
    adr_NIP: string;
    adr_Ulica: string;
    adr_NrDomu: string;
    adr_NrLokalu: string;
    adr_Kod: string;
    adr_Miejscowosc: string;
    adr_Telefon: string;
    adr_Symbol: string;
  };
  adr_Historia: {
    adrh_Id: number;
    adrh_IdAdresu: number;
    adrh_Nazwa: string;
    adrh_NazwaPelna: string;
    adrh_NIP: string;
    adrh_Ulica: string;
    adrh_NrDomu: string;
    adrh_NrLokalu: string;
    adrh_Kod: string;
    adrh_Miejscowosc: string;
    adrh_DataZmiany: Date | null;
  };
  tel__Ewid: {
    tel_Id: number;
    tel_IdAdresu: number;
    tel_Numer: string;
    tel_Podstawowy: boolean;
  };
  adr_Email: {
    am_Id: number;
    am_IdAdres: number;
    am_Email: string;
    am_Podstawowy: boolean;
  };
};

export const CUSTOMER_TABLES: TTableSpecs<TCustomerTables> = {
  kh__Kontrahent: {
    columns: {
      kh_Id: "int",
      kh_Symbol: "varchar(20)",
      kh_EMail: "varchar(255)",
      kh_Cena: "int null",
      kh_IdRabat: "int null",
      kh_IdGrupa: "int null",
      kh_MaxWartKred: "money",
      kh_MaxDniSp: "int",
      kh_Jednorazowy: "bit",
      kh_Zablokowany: "bit",
    },
    primaryKey: ["kh_Id"],
  },
  adr__Ewid: {
    columns: {
      adr_Id: "int",
      adr_IdObiektu: "int",
      adr_TypAdresu: "int",
      adr_Nazwa: "varchar(53)",
      adr_NazwaPelna: "varchar(255)",
      /** uncertain: stored with or without dashes depending on who typed it; compare digits only. */
      adr_NIP: "varchar(20)",
      adr_Ulica: "varchar(60)",
      adr_NrDomu: "varchar(10)",
      adr_NrLokalu: "varchar(10)",
      adr_Kod: "varchar(8)",
      adr_Miejscowosc: "varchar(40)",
      adr_Telefon: "varchar(35)",
      adr_Symbol: "varchar(20)",
    },
    primaryKey: ["adr_Id"],
    indexes: [["adr_IdObiektu", "adr_TypAdresu"]],
  },
  adr_Historia: {
    columns: {
      adrh_Id: "int",
      adrh_IdAdresu: "int",
      adrh_Nazwa: "varchar(53)",
      adrh_NazwaPelna: "varchar(255)",
      adrh_NIP: "varchar(20)",
      adrh_Ulica: "varchar(60)",
      adrh_NrDomu: "varchar(10)",
      adrh_NrLokalu: "varchar(10)",
      adrh_Kod: "varchar(8)",
      adrh_Miejscowosc: "varchar(40)",
      adrh_DataZmiany: "datetime null",
    },
    primaryKey: ["adrh_Id"],
    indexes: [["adrh_IdAdresu", "adrh_Id"]],
  },
  tel__Ewid: {
    columns: { tel_Id: "int", tel_IdAdresu: "int", tel_Numer: "varchar(35)", tel_Podstawowy: "bit" },
    primaryKey: ["tel_Id"],
    indexes: [["tel_IdAdresu"]],
  },
  adr_Email: {
    columns: { am_Id: "int", am_IdAdres: "int", am_Email: "varchar(100)", am_Podstawowy: "bit" },
    primaryKey: ["am_Id"],
    indexes: [["am_IdAdres"]],
  },
};
