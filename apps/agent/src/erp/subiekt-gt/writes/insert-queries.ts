import type { Insertable } from "kysely";
import { completeRow } from "../schema/complete-row.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import type { TWriteContext } from "./run-write.ts";

type TInsert<T extends keyof TSubiektDatabase> = Insertable<TSubiektDatabase[T]>;

/*
 * Every insert supplies every NOT NULL column (completeRow fills the int/bit/money ones the writer
 * has no value of its own for): a real GT database may have no default on any of them.
 */

export function insertDocumentQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"dok__Dokument">) {
  return ctx.tx.insertInto("dok__Dokument").values(completeRow("dok__Dokument", row));
}

export function insertLinesQuery(ctx: Pick<TWriteContext, "tx">, rows: TInsert<"dok_Pozycja">[]) {
  return ctx.tx.insertInto("dok_Pozycja").values(rows.map((row) => completeRow("dok_Pozycja", row)));
}

export function insertVatQuery(ctx: Pick<TWriteContext, "tx">, rows: TInsert<"dok_Vat">[]) {
  return ctx.tx.insertInto("dok_Vat").values(rows.map((row) => completeRow("dok_Vat", row)));
}

export function insertSnapshotQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr_Historia">) {
  return ctx.tx.insertInto("adr_Historia").values(completeRow("adr_Historia", row));
}

export function insertCustomerQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"kh__Kontrahent">) {
  return ctx.tx.insertInto("kh__Kontrahent").values(completeRow("kh__Kontrahent", row));
}

export function insertAddressQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr__Ewid">) {
  return ctx.tx.insertInto("adr__Ewid").values(completeRow("adr__Ewid", row));
}

export function insertPhoneQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"tel__Ewid">) {
  return ctx.tx.insertInto("tel__Ewid").values(completeRow("tel__Ewid", row));
}

export function insertEmailQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr_Email">) {
  return ctx.tx.insertInto("adr_Email").values(completeRow("adr_Email", row));
}
