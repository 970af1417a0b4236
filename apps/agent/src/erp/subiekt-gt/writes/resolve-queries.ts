import type { TWriteContext } from "./run-write.ts";

function productRowsQuery(ctx: Pick<TWriteContext, "tx">) {
  return ctx.tx
    .selectFrom("tw__Towar")
    .innerJoin("sl_StawkaVAT", "vat_Id", "tw_IdVatSp")
    .leftJoin("tw_Cena", "tc_IdTowar", "tw_Id")
    .select(["tw_Id", "tw_Symbol", "tw_PodstKodKresk", "tw_Rodzaj", "tw_JednMiary", "vat_Id", "vat_Stawka"])
    .select("tc_CenaNetto0");
}

/**
 * Products by SKU or main EAN, with their sales VAT rate and purchase price (MM is valued at it).
 * Subiekt indexes neither column: this reads the whole product table.
 */
export function productsQuery(ctx: Pick<TWriteContext, "tx">, options: { skus: string[]; eans: string[] }) {
  return productRowsQuery(ctx).where((eb) =>
    eb.or([
      eb("tw_Symbol", "in", options.skus.length > 0 ? options.skus : [""]),
      eb("tw_PodstKodKresk", "in", options.eans.length > 0 ? options.eans : ["-"]),
    ]),
  );
}

/** The same by product id (the primary key): what a remembered SKU is checked against (known-products.ts). */
export function productsByIdQuery(ctx: Pick<TWriteContext, "tx">, options: { ids: number[] }) {
  return productRowsQuery(ctx).where("tw_Id", "in", options.ids);
}

/** Every product's id and SKU: what KnownProducts remembers (one scan for all later orders). */
export function productSkusQuery(ctx: Pick<TWriteContext, "tx">) {
  return ctx.tx.selectFrom("tw__Towar").select(["tw_Id", "tw_Symbol"]);
}

export function warehousesQuery(ctx: Pick<TWriteContext, "tx">, options: { codes: string[] }) {
  return ctx.tx.selectFrom("sl_Magazyn").select(["mag_Id", "mag_Symbol"]).where("mag_Symbol", "in", options.codes);
}

/** A warehouse's code by id, for the writes' warnings. */
export function warehouseCodeQuery(ctx: Pick<TWriteContext, "tx">, options: { id: number }) {
  return ctx.tx.selectFrom("sl_Magazyn").select("mag_Symbol").where("mag_Id", "=", options.id);
}

/** A customer by symbol with its main address (adr_TypAdresu 1), which documents snapshot. */
export function customerQuery(ctx: Pick<TWriteContext, "tx">, options: { symbol?: string; id?: number }) {
  const query = ctx.tx
    .selectFrom("kh__Kontrahent")
    .innerJoin("adr__Ewid", (join) => join.onRef("adr_IdObiektu", "=", "kh_Id").on("adr_TypAdresu", "=", 1))
    .selectAll("adr__Ewid")
    .select(["kh_Id", "kh_Symbol"]);
  return options.id === undefined
    ? query.where("kh_Symbol", "=", options.symbol ?? "")
    : query.where("kh_Id", "=", options.id);
}

/** The customer address's latest snapshot, which a new document reuses while the address is unchanged. */
export function latestSnapshotQuery(ctx: Pick<TWriteContext, "tx" | "h">, options: { addressId: number }) {
  return ctx.h.top(
    ctx.tx
      .selectFrom("adr_Historia")
      .selectAll()
      .where("adrh_IdAdresu", "=", options.addressId)
      .orderBy("adrh_Id", "desc"),
    { size: 1 },
  );
}
