import type { TModMark } from "./modified-since.ts";
import { afterModMark } from "./modified-since.ts";
import type { TOptimaReadOptions } from "./read-options.ts";

const PRODUCT_COLUMNS = [
  "Twr_TwrId",
  "Twr_Typ",
  "Twr_Produkt",
  "Twr_Kod",
  "Twr_Nazwa",
  "Twr_EAN",
  "Twr_JM",
  "Twr_JMZ",
  "Twr_JMPrzelicznikL",
  "Twr_JMPrzelicznikM",
  "Twr_Stawka",
  "Twr_Flaga",
  "Twr_TwGGIDNumer",
  "Twr_Opis",
  "Twr_NieAktywny",
  "Twr_ESklep",
  "Twr_WagaKG",
  "Twr_TS_Mod",
] as const;

type TBase = Pick<TOptimaReadOptions, "db" | "helpers">;

export function queryProductScan(options: TBase & { afterId: number | null; size: number }) {
  const query = options.db.selectFrom("CDN.Towary").select(PRODUCT_COLUMNS);
  return options.helpers.page(query, { orderBy: "Twr_TwrId", after: options.afterId ?? undefined, size: options.size });
}

export function queryProductChanges(options: TBase & { mark: TModMark | null; size: number }) {
  const { mark } = options;
  const base = options.db.selectFrom("CDN.Towary").select(PRODUCT_COLUMNS);
  const after = mark ? base.where(afterModMark({ at: "Twr_TS_Mod", id: "Twr_TwrId", mark })) : base;
  return options.helpers.top(after.orderBy("Twr_TS_Mod").orderBy("Twr_TwrId"), { size: options.size });
}

/** The newest (TS_Mod, id): where the changes phase starts once the scan is done. */
export function queryLatestProductMark(options: TBase) {
  const query = options.db
    .selectFrom("CDN.Towary")
    .select(["Twr_TS_Mod", "Twr_TwrId"])
    .orderBy("Twr_TS_Mod", "desc")
    .orderBy("Twr_TwrId", "desc");
  return options.helpers.top(query, { size: 1 });
}

export function queryBarcodes(options: Pick<TOptimaReadOptions, "db"> & { productIds: readonly number[] }) {
  return options.db
    .selectFrom("CDN.TwrEan")
    .select(["TwE_TwrId", "TwE_Kod"])
    .where("TwE_TwrId", "in", options.productIds)
    .orderBy("TwE_TwEId");
}

/** The whole group tree: small (hundreds of rows), read with each page to give every product its path. */
export function queryGroups(options: Pick<TOptimaReadOptions, "db">) {
  return options.db.selectFrom("CDN.TwrGrupy").select(["TwG_GIDNumer", "TwG_GrONumer", "TwG_Kod", "TwG_Nazwa"]);
}

/** The prices of some products, on the price levels in use. */
export function queryPricesOf(options: Pick<TOptimaReadOptions, "db"> & { productIds: readonly number[] }) {
  return options.db
    .selectFrom("CDN.TwrCeny")
    .innerJoin("CDN.DefCeny", "DfC_Lp", "TwC_TwCNumer")
    .innerJoin("CDN.Towary", "Twr_TwrId", "TwC_TwrID")
    .select(["TwC_TwrID", "TwC_TwCNumer", "TwC_Wartosc", "TwC_Waluta", "TwC_Typ", "Twr_Stawka", "Twr_Flaga"])
    .where("DfC_Nieaktywna", "=", 0)
    .where("TwC_TwrID", "in", options.productIds)
    .orderBy("TwC_TwrID")
    .orderBy("TwC_TwCNumer");
}
