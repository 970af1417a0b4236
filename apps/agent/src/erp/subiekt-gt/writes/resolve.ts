import type { TProductRef } from "@erp-bridge/shared";
import { textKey } from "../schema/text-key.ts";
import { ErpWriteError } from "./write-error.ts";
import { productsByIdQuery, productSkusQuery, productsQuery, warehousesQuery } from "./resolve-queries.ts";
import type { TWriteContext } from "./run-write.ts";

export type TProduct = {
  id: number;
  sku: string;
  rodzaj: number;
  unit: string;
  vatId: number;
  vatPercent: number;
  purchasePrice: number;
};

/** Products of the input lines, in line order; an unknown one fails naming its line's field. */
export async function resolveProducts(
  ctx: TWriteContext,
  options: { refs: TProductRef[]; path: (index: number) => string },
): Promise<TProduct[]> {
  const rows = await productRows(ctx, options.refs);
  return options.refs.map((ref, index) => {
    const row = rows.find((r) =>
      "sku" in ref ? textKey(r.tw_Symbol) === textKey(ref.sku) : textKey(r.tw_PodstKodKresk) === textKey(ref.ean),
    );
    if (!row) {
      const [field, value] = "sku" in ref ? ["sku", ref.sku] : ["ean", ref.ean];
      throw new ErpWriteError({
        code: "not_found",
        path: `${options.path(index)}.${field}`,
        message: `no product with ${field} ${value}`,
      });
    }
    return {
      id: row.tw_Id,
      sku: row.tw_Symbol,
      rodzaj: row.tw_Rodzaj,
      unit: row.tw_JednMiary,
      vatId: row.vat_Id,
      vatPercent: row.vat_Stawka,
      purchasePrice: row.tc_CenaNetto0 ?? 0,
    };
  });
}

/**
 * The rows of the products the refs name: by id those whose SKU is remembered (known-products.ts),
 * each taken only while its SKU still matches; the rest (a product added since the SKUs were read,
 * a SKU moved to another product, EANs) by the scan of the product table, whose finds are remembered.
 */
async function productRows(ctx: TWriteContext, refs: TProductRef[]) {
  const skus = refs.flatMap((r) => ("sku" in r ? [r.sku] : []));
  const eans = refs.flatMap((r) => ("ean" in r ? [r.ean] : []));
  const known = ctx.knownProducts;
  if (known && skus.some((sku) => known.idOf(textKey(sku)) === undefined)) {
    // Read by another write's transaction, whose failure is that write's: this one scans instead.
    await known.load({ read: () => productSkusQuery(ctx).execute(), keyOf: textKey }).catch(() => undefined);
  }
  const hinted = known ? skus.flatMap((sku) => known.idOf(textKey(sku)) ?? []) : [];
  const byId = hinted.length > 0 ? await productsByIdQuery(ctx, { ids: [...new Set(hinted)] }).execute() : [];
  const matched = new Set(byId.map((row) => textKey(row.tw_Symbol)));
  const missing = skus.filter((sku) => !matched.has(textKey(sku)));
  if (missing.length === 0 && eans.length === 0) return byId;
  const scanned = await productsQuery(ctx, { skus: missing, eans }).execute();
  for (const row of scanned) known?.remember(textKey(row.tw_Symbol), row.tw_Id);
  return [...byId, ...scanned];
}

/** Warehouse ids by code; `fields` maps each input path to the code it holds. */
export async function resolveWarehouses(
  ctx: TWriteContext,
  options: { fields: [path: string, code: string][] },
): Promise<Map<string, number>> {
  const codes = [...new Set(options.fields.map(([, code]) => code))];
  const rows = await warehousesQuery(ctx, { codes }).execute();
  const ids = new Map(rows.map((r) => [textKey(r.mag_Symbol), r.mag_Id]));
  for (const [path, code] of options.fields) {
    if (!ids.has(textKey(code))) throw new ErpWriteError({ code: "not_found", path, message: `no warehouse ${code}` });
  }
  return ids;
}

/** A warehouse id from a map resolveWarehouses filled. */
export function warehouseId(ids: Map<string, number>, code: string): number {
  const id = ids.get(textKey(code));
  if (id === undefined) throw new Error(`warehouse ${code} was not resolved`);
  return id;
}
