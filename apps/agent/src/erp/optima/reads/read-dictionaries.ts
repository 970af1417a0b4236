import type { TPriceLevel, TReadPage, TUnit, TVatRate, TWarehouse } from "@erp-bridge/shared";
import { afterIdOf, keysetPage } from "../../subiekt-gt/reads/keyset-page.ts";
import { checkPageSize } from "../../subiekt-gt/reads/read-options.ts";
import type { TOptimaReadOptions } from "./read-options.ts";

export function queryWarehouses(options: TOptimaReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "optima-warehouses", cursor: options.cursor });
  const query = options.db
    .selectFrom("CDN.Magazyny")
    .select(["Mag_MagId", "Mag_Symbol", "Mag_Nazwa", "Mag_Nieaktywny"]);
  return options.helpers.page(query, { orderBy: "Mag_MagId", after, size });
}

/** uncertain: Optima marks no main warehouse we know of; the first one (lowest id, "MAGAZYN" in a new company) is taken. */
export async function readWarehouses(options: TOptimaReadOptions): Promise<TReadPage<TWarehouse>> {
  const rows = await queryWarehouses(options).execute();
  const first = options.cursor ? null : rows[0]?.Mag_MagId;
  return keysetPage({
    kind: "optima-warehouses",
    rows: rows.map((row) => ({
      id: row.Mag_MagId,
      code: row.Mag_Symbol.trim(),
      name: row.Mag_Nazwa,
      isMain: row.Mag_MagId === first,
      active: row.Mag_Nieaktywny === 0,
    })),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.Mag_MagId,
  });
}

export function queryUnits(options: TOptimaReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "optima-units", cursor: options.cursor });
  const query = options.db.selectFrom("CDN.Jednostki").select(["Jdn_JdnId", "Jdn_Kod", "Jdn_Nazwa"]);
  return options.helpers.page(query, { orderBy: "Jdn_JdnId", after, size });
}

export async function readUnits(options: TOptimaReadOptions): Promise<TReadPage<TUnit>> {
  const rows = await queryUnits(options).execute();
  return keysetPage({
    kind: "optima-units",
    rows: rows.map((row) => ({ id: row.Jdn_JdnId, code: row.Jdn_Kod.trim(), name: row.Jdn_Nazwa })),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.Jdn_JdnId,
  });
}

/** Price levels: the prices in use, numbered by DfC_Lp (the number TwC_TwCNumer and Knt_Ceny use), whole in one page. */
export function queryPriceLevels(options: Pick<TOptimaReadOptions, "db">) {
  return options.db
    .selectFrom("CDN.DefCeny")
    .select(["DfC_Lp", "DfC_Nazwa"])
    .where("DfC_Nieaktywna", "=", 0)
    .orderBy("DfC_Lp");
}

export async function readPriceLevels(options: TOptimaReadOptions): Promise<TReadPage<TPriceLevel>> {
  const rows = await queryPriceLevels(options).execute();
  return { rows: rows.map((row) => ({ level: row.DfC_Lp, name: row.DfC_Nazwa })), cursor: null, done: true };
}

/**
 * uncertain: Optima's company database has no VAT rate table we know of; the rates are the
 * distinct (Twr_Stawka, Twr_Flaga) its products use, with an id derived from both (stable
 * across reads): percent x 100 x 10 + flag.
 */
export function queryVatRates(options: Pick<TOptimaReadOptions, "db">) {
  return options.db
    .selectFrom("CDN.Towary")
    .select(["Twr_Stawka", "Twr_Flaga"])
    .groupBy(["Twr_Stawka", "Twr_Flaga"])
    .orderBy("Twr_Stawka")
    .orderBy("Twr_Flaga");
}

export async function readVatRates(options: TOptimaReadOptions): Promise<TReadPage<TVatRate>> {
  const rows = await queryVatRates(options).execute();
  return { rows: rows.map((row) => vatRateOf(row)), cursor: null, done: true };
}

/** uncertain: Twr_Flaga 1 exempt ("zw"), 4 not subject ("np"), otherwise taxed at the percent. */
export function vatRateOf(row: { Twr_Stawka: number; Twr_Flaga: number }): TVatRate {
  const rate = Number(row.Twr_Stawka);
  const code = row.Twr_Flaga === 1 ? "zw" : row.Twr_Flaga === 4 ? "np" : String(rate);
  return { id: Math.round(rate * 100) * 10 + row.Twr_Flaga, code, rate: code === String(rate) ? rate : 0 };
}
