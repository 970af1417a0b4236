import type { Insertable } from "kysely";
import type { TSubiektDatabase } from "../schema/database.ts";
import type { TWriteContext } from "./run-write.ts";

type TInsert<T extends keyof TSubiektDatabase> = Insertable<TSubiektDatabase[T]>;

export function insertDocumentQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"dok__Dokument">) {
  return ctx.tx.insertInto("dok__Dokument").values(row);
}

export function insertLinesQuery(ctx: Pick<TWriteContext, "tx">, rows: TInsert<"dok_Pozycja">[]) {
  return ctx.tx.insertInto("dok_Pozycja").values(rows);
}

export function insertVatQuery(ctx: Pick<TWriteContext, "tx">, rows: TInsert<"dok_Vat">[]) {
  return ctx.tx.insertInto("dok_Vat").values(rows);
}

export function insertSnapshotQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr_Historia">) {
  return ctx.tx.insertInto("adr_Historia").values(row);
}

export function insertCustomerQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"kh__Kontrahent">) {
  return ctx.tx.insertInto("kh__Kontrahent").values(row);
}

export function insertAddressQuery(ctx: Pick<TWriteContext, "tx">, row: TInsert<"adr__Ewid">) {
  return ctx.tx.insertInto("adr__Ewid").values(row);
}
