import type { Insertable } from "kysely";
import { toCodePage } from "../schema/code-page.ts";
import { completeRow } from "../schema/complete-row.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { COLUMN_FACTS } from "../schema/facts/column-facts.ts";
import type { TWriteContext } from "./run-write.ts";
import { ErpWriteError } from "./write-error.ts";

type TInsert<T extends keyof TSubiektDatabase> = Insertable<TSubiektDatabase[T]>;

/*
 * Every insert supplies every NOT NULL column (completeRow fills the int/bit/money ones the writer
 * has no value of its own for): a real GT database may have no default on any of them. Its text is
 * checked first against what the column holds (checkedText).
 */

const TEXT_LENGTHS = new Map<string, number>(
  COLUMN_FACTS.flatMap((fact) => {
    const length = /^n?(?:var)?char\((\d+)\)$/.exec(fact.type)?.[1];
    return length === undefined ? [] : [[`${fact.table}.${fact.column}`, Number(length)] as const];
  }),
);

/**
 * A row's text as the ERP will store it: letters cp1250 lacks lose their accents; a character it
 * cannot hold at all (an emoji), or text longer than the column, is refused naming the column and
 * the value, since SQL Server would store "?" or refuse the whole document with a terse message.
 */
export function checkedText<R extends object>(table: string, row: R): R {
  const checked: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [column, value] of Object.entries(checked)) {
    if (typeof value !== "string") continue;
    const path = `${table}.${column}`;
    const { text, unfit } = toCodePage(value);
    if (unfit.length > 0) {
      const message = `"${value}" has ${unfit.join(" ")}, which the ERP's code page (cp1250) cannot hold`;
      throw new ErpWriteError({ code: "invalid_input", path, message });
    }
    const max = TEXT_LENGTHS.get(path);
    if (max !== undefined && text.length > max) {
      throw new ErpWriteError({ code: "invalid_input", path, message: `"${text}" is longer than ${max} characters` });
    }
    checked[column] = text;
  }
  return checked as R;
}

const prepared = <R extends object>(table: string, row: R): R => completeRow(table, checkedText(table, row));

export function insertDocumentQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"dok__Dokument">) {
  return ctx.tx.insertInto("dok__Dokument").values(prepared("dok__Dokument", row));
}

export function insertLinesQuery(ctx: Pick<TWriteContext, "tx">, rows: TInsert<"dok_Pozycja">[]) {
  return ctx.tx.insertInto("dok_Pozycja").values(rows.map((row) => prepared("dok_Pozycja", row)));
}

export function insertVatQuery(ctx: Pick<TWriteContext, "tx">, rows: TInsert<"dok_Vat">[]) {
  return ctx.tx.insertInto("dok_Vat").values(rows.map((row) => prepared("dok_Vat", row)));
}

export function insertSnapshotQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr_Historia">) {
  return ctx.tx.insertInto("adr_Historia").values(prepared("adr_Historia", row));
}

export function insertCustomerQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"kh__Kontrahent">) {
  return ctx.tx.insertInto("kh__Kontrahent").values(prepared("kh__Kontrahent", row));
}

export function insertAddressQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr__Ewid">) {
  return ctx.tx.insertInto("adr__Ewid").values(prepared("adr__Ewid", row));
}

export function insertPhoneQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"tel__Ewid">) {
  return ctx.tx.insertInto("tel__Ewid").values(prepared("tel__Ewid", row));
}

export function insertEmailQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr_Email">) {
  return ctx.tx.insertInto("adr_Email").values(prepared("adr_Email", row));
}
