import type { TPrice, TProduct, TProductUnit, TReadPage } from "@erp-bridge/shared";
import { checkPageSize } from "../../subiekt-gt/reads/read-options.ts";
import { modMarkOf, readModifiedSince } from "./modified-since.ts";
import {
  queryBarcodes,
  queryGroups,
  queryLatestProductMark,
  queryPricesOf,
  queryProductChanges,
  queryProductScan,
} from "./query-products.ts";
import { vatRateOf } from "./read-dictionaries.ts";
import type { TOptimaReadOptions } from "./read-options.ts";

type TProductRow = Awaited<ReturnType<ReturnType<typeof queryProductScan>["execute"]>>[number];

/** Products changed since the cursor (by Twr_TS_Mod, see modified-since.ts), as rows of CDN.Towary. */
async function readProductRows(options: TOptimaReadOptions & { kind: string }) {
  const size = checkPageSize(options.pageSize);
  return readModifiedSince<TProductRow>({
    kind: options.kind,
    cursor: options.cursor,
    pageSize: size,
    latestMark: async () => {
      const row = await queryLatestProductMark(options).executeTakeFirst();
      return row ? modMarkOf(row.Twr_TS_Mod, row.Twr_TwrId) : null;
    },
    scan: async (afterId) =>
      (await queryProductScan({ ...options, afterId, size }).execute()).map((row) => ({ row, id: row.Twr_TwrId })),
    changed: async (mark) =>
      (await queryProductChanges({ ...options, mark, size }).execute()).map((row) => ({
        row,
        id: row.Twr_TwrId,
        mark: modMarkOf(row.Twr_TS_Mod, row.Twr_TwrId),
      })),
  });
}

/** Products: a full scan, then the changed ones; inactive ones come as blocked (Optima deletes only unused cards). */
export async function readProducts(options: TOptimaReadOptions): Promise<TReadPage<TProduct>> {
  const page = await readProductRows({ ...options, kind: "optima-products" });
  const productIds = page.rows.map((row) => row.Twr_TwrId);
  const barcodes = new Map<number, string[]>();
  if (productIds.length > 0) {
    for (const row of await queryBarcodes({ ...options, productIds }).execute()) {
      barcodes.set(row.TwE_TwrId, [...(barcodes.get(row.TwE_TwrId) ?? []), row.TwE_Kod.trim()]);
    }
  }
  const paths = groupPaths(page.rows.length > 0 ? await queryGroups(options).execute() : []);
  return {
    ...page,
    rows: page.rows.map((row) => toProduct(row, { barcodes: barcodes.get(row.Twr_TwrId) ?? [], paths })),
  };
}

/** Prices of the products a products read would return (full, then changed ones: a price edit touches the card's TS_Mod, uncertain). */
export async function readPrices(options: TOptimaReadOptions): Promise<TReadPage<TPrice>> {
  const page = await readProductRows({ ...options, kind: "optima-prices" });
  const productIds = page.rows.map((row) => row.Twr_TwrId);
  const rows = productIds.length === 0 ? [] : await queryPricesOf({ ...options, productIds }).execute();
  return { ...page, rows: rows.map(toPrice) };
}

type TGroupRow = { TwG_GIDNumer: number; TwG_GrONumer: number; TwG_Nazwa: string };

/** Each group's path from the top of the tree (uncertain: TwG_GrONumer 0 or itself at the top). */
export function groupPaths(groups: readonly TGroupRow[]): Map<number, string[]> {
  const byId = new Map(groups.map((group) => [group.TwG_GIDNumer, group]));
  const paths = new Map<number, string[]>();
  for (const group of groups) {
    const path: string[] = [];
    const seen = new Set<number>();
    for (let at = byId.get(group.TwG_GIDNumer); at && !seen.has(at.TwG_GIDNumer); at = byId.get(at.TwG_GrONumer)) {
      seen.add(at.TwG_GIDNumer);
      path.unshift(at.TwG_Nazwa.trim());
    }
    paths.set(group.TwG_GIDNumer, path);
  }
  return paths;
}

const NO_CUSTOM_FIELDS = { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null, 7: null, 8: null };

export function toProduct(row: TProductRow, extra: { barcodes: string[]; paths: Map<number, string[]> }): TProduct {
  const ean = row.Twr_EAN.trim();
  const path = extra.paths.get(row.Twr_TwGGIDNumer) ?? [];
  const vat = vatRateOf(row);
  const weight = row.Twr_WagaKG === null ? 0 : Number(row.Twr_WagaKG);
  const description = row.Twr_Opis.trim();
  return {
    id: row.Twr_TwrId,
    sku: row.Twr_Kod.trim(),
    name: row.Twr_Nazwa,
    ean: ean === "" ? null : ean,
    barcodes: extra.barcodes,
    unit: row.Twr_JM.trim(),
    units: unitsOf(row),
    description: description === "" ? null : description,
    weight: weight > 0 ? { value: weight, unit: "kg" } : null,
    groupId: path.length === 0 ? null : row.Twr_TwGGIDNumer,
    groupName: path.at(-1) ?? null,
    groupPath: path,
    vatRateId: vat.id,
    vatRate: vat.rate,
    online: row.Twr_ESklep === 1,
    customFields: NO_CUSTOM_FIELDS,
    blocked: row.Twr_NieAktywny !== 0,
    deleted: false,
    type: row.Twr_Produkt === 1 ? "set" : row.Twr_Typ === 1 ? "goods" : "service",
  };
}

/** The base unit, then the auxiliary one: 1 base unit = M/L auxiliary, so one auxiliary holds L/M base units (uncertain). */
function unitsOf(row: TProductRow): TProductUnit[] {
  const base = { code: row.Twr_JM.trim(), factor: 1 };
  const aux = row.Twr_JMZ.trim();
  const [l, m] = [Number(row.Twr_JMPrzelicznikL), Number(row.Twr_JMPrzelicznikM)];
  if (aux === "" || aux === base.code || !(l > 0) || !(m > 0)) return [base];
  return [base, { code: aux, factor: l / m }];
}

type TPriceRow = Awaited<ReturnType<ReturnType<typeof queryPricesOf>["execute"]>>[number];

/** uncertain: TwC_Typ 2 means TwC_Wartosc is gross, otherwise net; the other side from the product's VAT. */
export function toPrice(row: TPriceRow): TPrice {
  const value = Number(row.TwC_Wartosc);
  const factor = 1 + vatRateOf(row).rate / 100;
  const gross = row.TwC_Typ === 2;
  const round = (amount: number) => Math.round(amount * 100) / 100;
  return {
    productId: row.TwC_TwrID,
    level: row.TwC_TwCNumer,
    net: gross ? round(value / factor) : value,
    gross: gross ? value : round(value * factor),
    currency: row.TwC_Waluta.trim() === "" ? "PLN" : row.TwC_Waluta.trim(),
  };
}
