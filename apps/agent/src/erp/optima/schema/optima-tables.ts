import type { TTableSpecs } from "../../subiekt-gt/schema/column-spec.ts";

/**
 * The Comarch ERP Optima tables the read connector uses (SQL Server, schema CDN), with the
 * columns it reads. Sources: our facts (subiekt-gt.md, "Comarch ERP Optima": CDN.Towary,
 * CDN.TwrIlosci, CDN.Magazyny, CDN.Kontrahenci, CDN.TraNag, CDN.TraElem, the TrN_TypDokumentu
 * codes); column names and types of CDN.Towary from a public Entity Framework model of Optima
 * ("IntegracjaOptima", class Towary) and a public schema note ("Encja: Towar", checked against a
 * CDN_TEST database: Twr_TS_Mod datetime NOT NULL, Twr_Stawka decimal(5,2), CDN.TwrCeny joined on
 * TwC_TwrID, CDN.TwrEan on TwE_TwrId); TwrIlosci, TwrCeny, TraNag, TraElem and Kontrahenci column
 * names from public queries against Optima databases (TwI_Rezerwacje, TwI_Zamowienia, TwI_MagId,
 * "TwI_Data <= ..." per warehouse; TwC_Wartosc, TwC_TwCNumer, TwC_Typ; TrN_RazemNetto/VAT/Brutto,
 * TrN_PodID, TrN_MagZrdId, TrN_Bufor, TrN_Anulowany; TrE_WartoscNetto/Brutto, TrE_WartoscZakupu,
 * TrE_Cena0/CenaT, TrE_Rabat; Knt_Kod, Knt_Nip, Knt_LimitKredytu, Knt_Termin). CDN.BnkZdarzenia
 * (the payment schedule, "preliminarz płatności"): column names and types from a public Entity
 * Framework model of an Optima database (class BnkZdarzenium) and the filters in Comarch's own
 * Optima FAQ ("nierozliczone zdarzenia": BZd_PodmiotTyp = 1 AND BZd_PodmiotID = Knt_KntID AND
 * BZd_Kierunek = 1 AND BZd_Stan > 0 AND BZd_KwotaSys <> BZd_KwotaRozSys; a customer's unsettled
 * total as SUM(BZd_Kierunek * (BZd_KwotaSys - BZd_KwotaRozSys)); overdue as BZd_Termin before today).
 * Everything else is *uncertain* and marked so where it is declared: lengths, nullability, and
 * the columns no public source showed us (named "uncertain" below). Check with `agent doctor`.
 */
export type TOptimaDatabase = {
  "CDN.Magazyny": {
    Mag_MagId: number;
    Mag_Symbol: string;
    Mag_Nazwa: string;
    /** uncertain: 1 = not in use. */
    Mag_Nieaktywny: number;
  };
  "CDN.Jednostki": {
    /** uncertain: the units dictionary's table and columns. */
    Jdn_JdnId: number;
    Jdn_Kod: string;
    Jdn_Nazwa: string;
  };
  "CDN.DefCeny": {
    DfC_DfCId: number;
    /** The price's number on the product card (TwC_TwCNumer points at it, not at DfC_DfCId). */
    DfC_Lp: number;
    DfC_Nazwa: string;
    /** uncertain: 1 = the price is not in use. */
    DfC_Nieaktywna: number;
  };
  "CDN.TwrGrupy": {
    /** uncertain: the group tree; TwG_GrONumer is the parent group (0 at the top). */
    TwG_GIDNumer: number;
    TwG_GrONumer: number;
    TwG_Kod: string;
    TwG_Nazwa: string;
  };
  "CDN.Towary": {
    Twr_TwrId: number;
    /** 1 goods, 0 service (public queries: Twr_Typ = 1 for stock goods). */
    Twr_Typ: number;
    /** 1 = a composite product (towar/usługa złożona). */
    Twr_Produkt: number;
    Twr_Kod: string;
    Twr_Nazwa: string;
    Twr_EAN: string;
    Twr_JM: string;
    /** The auxiliary unit ('' when none) and its ratio: 1 base unit = M/L auxiliary units. */
    Twr_JMZ: string;
    Twr_JMPrzelicznikL: number;
    Twr_JMPrzelicznikM: number;
    /** Sale VAT percent. */
    Twr_Stawka: number;
    /** uncertain: the rate's kind: 2 taxed at Twr_Stawka, 1 exempt (zw), 4 not subject (np). */
    Twr_Flaga: number;
    Twr_TwGGIDNumer: number;
    Twr_Opis: string;
    Twr_NieAktywny: number;
    /** uncertain: 1 = offered in the e-shop (Comarch e-Sklep). */
    Twr_ESklep: number | null;
    Twr_WagaKG: number | null;
    /** Modified at: set by Optima on every change of the card (no rowversion column exists). */
    Twr_TS_Mod: Date;
  };
  "CDN.TwrEan": {
    /** uncertain: the extra barcodes' table (name confirmed, columns not). */
    TwE_TwEId: number;
    TwE_TwrId: number;
    TwE_Kod: string;
  };
  "CDN.TwrCeny": {
    TwC_TwCID: number;
    TwC_TwrID: number;
    TwC_TwCNumer: number;
    TwC_Wartosc: number;
    TwC_Waluta: string;
    /** uncertain: 1 TwC_Wartosc is net, 2 it is gross. */
    TwC_Typ: number;
  };
  "CDN.TwrIlosci": {
    TwI_TwIId: number;
    TwI_TwrId: number;
    /** NULL: the row for all warehouses together. */
    TwI_MagId: number | null;
    /** The day the row's quantities hold from (a dated series: the latest row on or before today counts). */
    TwI_Data: Date;
    TwI_Ilosc: number;
    TwI_Rezerwacje: number;
    TwI_Zamowienia: number;
  };
  "CDN.Kontrahenci": {
    Knt_KntId: number;
    Knt_Kod: string;
    Knt_Nazwa1: string;
    Knt_Nazwa2: string;
    Knt_Nip: string;
    Knt_Ulica: string;
    Knt_NrDomu: string;
    Knt_NrLokalu: string;
    Knt_KodPocztowy: string;
    Knt_Miasto: string;
    Knt_Kraj: string;
    Knt_Email: string;
    Knt_Telefon1: string;
    /** Discount percent. */
    Knt_Rabat: number;
    Knt_LimitKredytu: number;
    /** Payment term in days. */
    Knt_Termin: number;
    /** uncertain: the customer's price (a DfC_Lp), 0 when the default. */
    Knt_Ceny: number;
    /** uncertain: 1 = not in use. */
    Knt_Nieaktywny: number;
    /** uncertain on this table (confirmed on CDN.Towary): modified at. */
    Knt_TS_Mod: Date;
  };
  "CDN.TraNag": {
    TrN_TrNID: number;
    TrN_TypDokumentu: number;
    /** Subtype, e.g. 302000 a standard FS, 302008 an FS from an RO. */
    TrN_Rodzaj: number;
    TrN_NumerPelny: string;
    /** uncertain: the document's number outside Optima. */
    TrN_NumerObcy: string;
    TrN_DataDok: Date;
    TrN_PodID: number | null;
    TrN_MagZrdId: number | null;
    /** uncertain: the corrected document, on a correction. */
    TrN_ZwrId: number | null;
    TrN_RazemNetto: number;
    TrN_RazemVAT: number;
    TrN_RazemBrutto: number;
    /** 1: in the buffer (a draft an operator has not approved). */
    TrN_Bufor: number;
    TrN_Anulowany: number;
    /** uncertain on this table (confirmed on CDN.Towary): modified at. */
    TrN_TS_Mod: Date;
  };
  "CDN.TraElem": {
    TrE_TrEID: number;
    TrE_TrNId: number;
    /** uncertain: the line's order on the document. */
    TrE_Lp: number;
    TrE_TwrId: number | null;
    TrE_Ilosc: number;
    /** The price before discount and the price after it (net: uncertain). */
    TrE_Cena0: number;
    TrE_CenaT: number;
    TrE_Rabat: number;
    /** uncertain: the line's VAT percent. */
    TrE_Stawka: number;
    TrE_WartoscNetto: number;
    TrE_WartoscBrutto: number;
    TrE_WartoscZakupu: number;
  };
  "CDN.BnkZdarzenia": {
    /** One event of the payment schedule: an amount to pay or to receive, with its due date. */
    BZd_BZdID: number;
    /** Whose event: 1 a customer/supplier (CDN.Kontrahenci); 3 an employee (uncertain: other values). */
    BZd_PodmiotTyp: number;
    BZd_PodmiotID: number;
    /** 1 income (a receivable: the customer pays us), -1 expense (a liability: we pay them). */
    BZd_Kierunek: number;
    /** uncertain: 0 not approved (a document still in the buffer), above 0 approved (Comarch's filters use BZd_Stan > 0). */
    BZd_Stan: number;
    /** The due date (the ERP's calendar day; uncertain: whether a time of day is ever stored). */
    BZd_Termin: Date;
    /** The amount in the system currency (PLN), and how much of it is settled (uncertain: at the event's rate for a foreign one). */
    BZd_KwotaSys: number;
    BZd_KwotaRozSys: number;
  };
};

export type TOptimaTable = keyof TOptimaDatabase;

/** uncertain: lengths; NOT NULL as Optima's text columns are ('' for none). */
export const OPTIMA_TABLES: TTableSpecs<TOptimaDatabase> = {
  "CDN.Magazyny": {
    columns: { Mag_MagId: "int", Mag_Symbol: "nvarchar(20)", Mag_Nazwa: "nvarchar(50)", Mag_Nieaktywny: "tinyint" },
    primaryKey: ["Mag_MagId"],
  },
  "CDN.Jednostki": {
    columns: { Jdn_JdnId: "int", Jdn_Kod: "nvarchar(20)", Jdn_Nazwa: "nvarchar(50)" },
    primaryKey: ["Jdn_JdnId"],
  },
  "CDN.DefCeny": {
    columns: { DfC_DfCId: "int", DfC_Lp: "int", DfC_Nazwa: "nvarchar(30)", DfC_Nieaktywna: "tinyint" },
    primaryKey: ["DfC_DfCId"],
  },
  "CDN.TwrGrupy": {
    columns: { TwG_GIDNumer: "int", TwG_GrONumer: "int", TwG_Kod: "nvarchar(50)", TwG_Nazwa: "nvarchar(255)" },
    primaryKey: ["TwG_GIDNumer"],
  },
  "CDN.Towary": {
    columns: {
      Twr_TwrId: "int",
      Twr_Typ: "tinyint",
      Twr_Produkt: "smallint",
      Twr_Kod: "varchar(50)",
      Twr_Nazwa: "nvarchar(255)",
      Twr_EAN: "varchar(40)",
      Twr_JM: "nvarchar(20)",
      Twr_JMZ: "nvarchar(20)",
      Twr_JMPrzelicznikL: "decimal(15,2)",
      Twr_JMPrzelicznikM: "decimal(7,0)",
      Twr_Stawka: "decimal(5,2)",
      Twr_Flaga: "smallint",
      Twr_TwGGIDNumer: "int",
      Twr_Opis: "nvarchar(max)",
      Twr_NieAktywny: "tinyint",
      Twr_ESklep: "tinyint null",
      Twr_WagaKG: "decimal(15,3) null",
      Twr_TS_Mod: "datetime",
    },
    primaryKey: ["Twr_TwrId"],
    indexes: [["Twr_TS_Mod", "Twr_TwrId"]],
  },
  "CDN.TwrEan": {
    columns: { TwE_TwEId: "int", TwE_TwrId: "int", TwE_Kod: "varchar(40)" },
    primaryKey: ["TwE_TwEId"],
    indexes: [["TwE_TwrId"]],
  },
  "CDN.TwrCeny": {
    columns: {
      TwC_TwCID: "int",
      TwC_TwrID: "int",
      TwC_TwCNumer: "int",
      TwC_Wartosc: "decimal(15,4)",
      TwC_Waluta: "varchar(3)",
      TwC_Typ: "tinyint",
    },
    primaryKey: ["TwC_TwCID"],
    indexes: [["TwC_TwrID", "TwC_TwCNumer"]],
  },
  "CDN.TwrIlosci": {
    columns: {
      TwI_TwIId: "int",
      TwI_TwrId: "int",
      TwI_MagId: "int null",
      TwI_Data: "datetime",
      TwI_Ilosc: "decimal(15,4)",
      TwI_Rezerwacje: "decimal(15,4)",
      TwI_Zamowienia: "decimal(15,4)",
    },
    primaryKey: ["TwI_TwIId"],
    indexes: [["TwI_TwrId", "TwI_MagId", "TwI_Data"]],
  },
  "CDN.Kontrahenci": {
    columns: {
      Knt_KntId: "int",
      Knt_Kod: "nvarchar(50)",
      Knt_Nazwa1: "nvarchar(50)",
      Knt_Nazwa2: "nvarchar(50)",
      Knt_Nip: "varchar(13)",
      Knt_Ulica: "nvarchar(40)",
      Knt_NrDomu: "nvarchar(10)",
      Knt_NrLokalu: "nvarchar(10)",
      Knt_KodPocztowy: "varchar(10)",
      Knt_Miasto: "nvarchar(40)",
      Knt_Kraj: "nvarchar(40)",
      Knt_Email: "nvarchar(255)",
      Knt_Telefon1: "nvarchar(30)",
      Knt_Rabat: "decimal(5,2)",
      Knt_LimitKredytu: "decimal(15,2)",
      Knt_Termin: "int",
      Knt_Ceny: "int",
      Knt_Nieaktywny: "tinyint",
      Knt_TS_Mod: "datetime",
    },
    primaryKey: ["Knt_KntId"],
  },
  "CDN.TraNag": {
    columns: {
      TrN_TrNID: "int",
      TrN_TypDokumentu: "int",
      TrN_Rodzaj: "int",
      TrN_NumerPelny: "nvarchar(30)",
      TrN_NumerObcy: "nvarchar(256)",
      TrN_DataDok: "datetime",
      TrN_PodID: "int null",
      TrN_MagZrdId: "int null",
      TrN_ZwrId: "int null",
      TrN_RazemNetto: "decimal(15,2)",
      TrN_RazemVAT: "decimal(15,2)",
      TrN_RazemBrutto: "decimal(15,2)",
      TrN_Bufor: "smallint",
      TrN_Anulowany: "tinyint",
      TrN_TS_Mod: "datetime",
    },
    primaryKey: ["TrN_TrNID"],
    indexes: [["TrN_TS_Mod", "TrN_TrNID"]],
  },
  "CDN.TraElem": {
    columns: {
      TrE_TrEID: "int",
      TrE_TrNId: "int",
      TrE_Lp: "int",
      TrE_TwrId: "int null",
      TrE_Ilosc: "decimal(15,4)",
      TrE_Cena0: "decimal(15,4)",
      TrE_CenaT: "decimal(15,4)",
      TrE_Rabat: "decimal(5,2)",
      TrE_Stawka: "decimal(5,2)",
      TrE_WartoscNetto: "decimal(15,2)",
      TrE_WartoscBrutto: "decimal(15,2)",
      TrE_WartoscZakupu: "decimal(15,2)",
    },
    primaryKey: ["TrE_TrEID"],
    indexes: [["TrE_TrNId"]],
  },
  "CDN.BnkZdarzenia": {
    columns: {
      BZd_BZdID: "int",
      BZd_PodmiotTyp: "smallint",
      BZd_PodmiotID: "int",
      BZd_Kierunek: "smallint",
      BZd_Stan: "smallint",
      BZd_Termin: "datetime",
      BZd_KwotaSys: "decimal(15,2)",
      BZd_KwotaRozSys: "decimal(15,2)",
    },
    primaryKey: ["BZd_BZdID"],
    indexes: [["BZd_PodmiotTyp", "BZd_PodmiotID"]],
  },
};
