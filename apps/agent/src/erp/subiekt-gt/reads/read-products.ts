import type { TProduct, TProductType, TReadPage } from "@erp-bridge/shared";
import { markOf, queryLatestMark } from "./change-marks.ts";
import { readByProductChanges } from "./product-changes.ts";
import { queryBarcodes, queryProductChanges, queryProductScan } from "./query-products.ts";
import { productUnits, readUnitRows, type TUnitRow } from "./product-units.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

type TProductRow = Awaited<ReturnType<ReturnType<typeof queryProductScan>["execute"]>>[number];

/** uncertain: tw_Rodzaj codes besides 1 (goods) and 2 (service); 8 is taken as a set (komplet). */
const PRODUCT_TYPES: Record<number, TProductType> = { 1: "goods", 2: "service", 8: "set" };

/** Products: a full scan, then new and changed ones (tw_ZmianaTw); deleted and blocked come flagged. */
export async function readProducts(options: TReadOptions): Promise<TReadPage<TProduct>> {
  const size = checkPageSize(options.pageSize);
  const page = await readByProductChanges<TProductRow>({
    kind: "products",
    cursor: options.cursor,
    pageSize: size,
    latestMark: async () => {
      const row = await queryLatestMark(options).executeTakeFirst();
      return row ? markOf(row) : null;
    },
    scan: (afterId) => queryProductScan({ ...options, afterId, size }).execute(),
    changed: async (mark) => {
      const rows = await queryProductChanges({ ...options, mark, size }).execute();
      return rows.map((row) => ({ row, mark: markOf(row) }));
    },
  });
  const productIds = page.rows.map((row) => row.productId);
  const [barcodes, units] = [
    await readBarcodes({ ...options, productIds }),
    await readUnitRows({ ...options, productIds }),
  ];
  return {
    ...page,
    rows: page.rows.map((row) =>
      toProduct(row, { barcodes: barcodes.get(row.productId) ?? [], units: units.get(row.productId) ?? [] }),
    ),
  };
}

/** The extra barcodes of some products, by product id. */
export async function readBarcodes(
  options: Pick<TReadOptions, "db" | "helpers"> & { productIds: readonly number[] },
): Promise<Map<number, string[]>> {
  const barcodes = new Map<number, string[]>();
  if (options.productIds.length === 0) return barcodes;
  // Appended in place: copying the list per code was quadratic in one product's barcodes.
  for (const row of await queryBarcodes(options).execute()) {
    const list = barcodes.get(row.kk_IdTowar);
    if (list) list.push(row.kk_Kod.trim());
    else barcodes.set(row.kk_IdTowar, [row.kk_Kod.trim()]);
  }
  return barcodes;
}

/** Subiekt keeps an unused custom field as '' (NOT NULL); the neutral type says null. */
const orNull = (text: string) => (text.trim() === "" ? null : text);

/**
 * uncertain: tw_Masa taken as kilograms (the product card's "Masa"); NULL or 0 as not given.
 * Subiekt GT's groups (sl_GrupaTw) are flat: the path is the one group's name.
 */
export function toProduct(row: TProductRow, extra: { barcodes: string[]; units: TUnitRow[] }): TProduct {
  const ean = row.tw_PodstKodKresk.trim();
  const weight = row.tw_Masa === null ? 0 : Number(row.tw_Masa);
  return {
    id: row.productId,
    sku: row.tw_Symbol.trim(),
    name: row.tw_Nazwa,
    ean: ean === "" ? null : ean,
    barcodes: extra.barcodes,
    unit: row.tw_JednMiary.trim(),
    units: productUnits({ baseUnit: row.tw_JednMiary, rows: extra.units }),
    description: orNull(row.tw_Opis),
    weight: weight > 0 ? { value: weight, unit: "kg" } : null,
    groupId: row.tw_IdGrupa,
    groupName: row.grt_Nazwa,
    groupPath: row.grt_Nazwa === null || row.grt_Nazwa.trim() === "" ? [] : [row.grt_Nazwa.trim()],
    vatRateId: row.vat_Id,
    vatRate: row.vat_Stawka,
    online: row.tw_SklepInternet,
    customFields: {
      1: orNull(row.tw_Pole1),
      2: orNull(row.tw_Pole2),
      3: orNull(row.tw_Pole3),
      4: orNull(row.tw_Pole4),
      5: orNull(row.tw_Pole5),
      6: orNull(row.tw_Pole6),
      7: orNull(row.tw_Pole7),
      8: orNull(row.tw_Pole8),
    },
    blocked: row.tw_Zablokowany,
    deleted: row.tw_Usuniety,
    type: PRODUCT_TYPES[row.tw_Rodzaj] ?? "other",
  };
}
