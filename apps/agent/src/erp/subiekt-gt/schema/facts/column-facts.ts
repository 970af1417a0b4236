import { PROMOTION_COLUMNS_TSV } from "./promotion-columns.ts";
import { SUBIEKT_GT_COLUMNS_TSV } from "./subiekt-gt-columns.ts";

/** One column as the facts state it (see subiekt-gt-columns.ts for the source and its caveats). */
export type TColumnFact = {
  table: string;
  column: string;
  /** SQL Server type as written: "int", "varchar(20)", "money", "varchar(max)". */
  type: string;
  nullable: boolean;
  /** The stated default as written ("''", "(1)", "(getdate())"), or null when none is stated. */
  default: string | null;
  /** The primary key's part, 1-based, when the column is (part of) it. */
  primaryKeyPart: number | null;
  identity: boolean;
  /** The SQL Server expression of a computed column. */
  computed: string | null;
};

/** The facts, parsed once: every column of the 33 tables and the 3 promotion tables, in database order. */
export const COLUMN_FACTS: readonly TColumnFact[] = [
  ...parseColumnFacts(SUBIEKT_GT_COLUMNS_TSV),
  ...parseColumnFacts(PROMOTION_COLUMNS_TSV),
];

export function parseColumnFacts(tsv: string): TColumnFact[] {
  const [, ...lines] = tsv.split("\n").filter((line) => line.trim() !== "");
  return lines.map((line) => {
    const [table = "", column = "", type = "", nullable = "", stated = "", note = ""] = line.split("\t");
    const part = /PK part (\d+)\//.exec(note);
    return {
      table,
      column,
      type,
      nullable: nullable === "YES",
      default: stated === "" ? null : stated,
      primaryKeyPart: part ? Number(part[1]) : /(^|; )PK(;|$)/.test(note) ? 1 : null,
      identity: /(^|; )identity/.test(note),
      computed: /^computed: (.*) \(not persisted/.exec(note)?.[1] ?? null,
    };
  });
}

/** The facts of one table, in database order; an unknown table is a programming error. */
export function tableFacts(table: string): TColumnFact[] {
  const facts = COLUMN_FACTS.filter((fact) => fact.table === table);
  if (facts.length === 0) throw new Error(`no column facts for table ${table}`);
  return facts;
}

/** Numeric and bit types: where the facts cannot show a 0 default, so the strict sandbox has none. */
export function isNumericType(type: string): boolean {
  return /^(int|smallint|tinyint|bit|money)$/.test(type);
}

/**
 * Unique indexes besides the primary keys, from the companion constraints document
 * (`docs/subiekt-gt-constraints.md`, "Highlights"). tw__Towar, kh__Kontrahent and dok__Dokument
 * have none: SKUs, customer symbols and document numbers are unique only by the application.
 */
export const UNIQUE_INDEXES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  adr__Ewid: [["adr_IdObiektu", "adr_TypAdresu"]],
  tw_Cena: [["tc_IdTowar"]],
  tw_Stan: [["st_TowId", "st_MagId"]],
  tw_JednMiary: [["jm_IdTowar", "jm_IdJednMiary"]],
  tw_KodKreskowy: [["kk_IdTowar", "kk_Kod"]],
  sl_StawkaVAT: [["vat_Id"]],
  sl_Waluta: [["wl_Id"]],
  fl__Flagi: [["flg_IdGrupy", "flg_Numer"]],
  pd_Uzytkownik: [["uz_Identyfikator"]],
};
