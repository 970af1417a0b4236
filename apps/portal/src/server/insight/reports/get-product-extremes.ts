import { aggregateSales } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { cents } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";

type TProduct = { symbol: string; net: number; margin: number };

/**
 * The overview's best and worst products: the `count` with the highest net sales, and the `count`
 * with the lowest margin (at equal margins the larger sales first, as in the table by product).
 * Every product is summed, but only these few are ranked in full and named: naming all of them
 * (thousands, read from the whole product copy), building their table rows and sorting them cost
 * the overview most of its time for twenty bars (README, "The overview page").
 */
export async function getProductExtremes(input: TReportInput, count: number) {
  const { params, context } = input;
  const rows = await aggregateSales({
    integrationIds: context.integrationIds,
    range: params.range,
    dims: ["product"],
    bucket: params.bucket,
    filters: filtersOf(params),
    showrooms: context.showrooms,
  });
  // The figures as the table rounds them (toMeasures), so ranks and ties are the table's.
  const products = rows.map((row) => ({
    symbol: row.product ?? "",
    net: cents(row.net),
    margin: cents(row.net - row.cost),
  }));
  const top = firstOf(products, count, (a, b) => b.net - a.net);
  const bottom = firstOf(products, count, (a, b) => a.margin - b.margin || b.net - a.net);
  const name = await labelKeys({
    context,
    dim: "product",
    keys: [...top, ...bottom].map((p) => ({ id: p.symbol })),
    words: input.words,
  });
  return {
    top: top.map((p) => ({ label: name({ id: p.symbol }), value: p.net })),
    bottom: bottom.map((p) => ({ label: name({ id: p.symbol }), value: p.margin })),
  };
}

/**
 * The first `count` of `items` in `order` (earlier items first at a tie, as a stable sort keeps
 * them), in one pass: sorting ~9,000 products to keep ten was the larger cost.
 */
function firstOf(items: TProduct[], count: number, order: (a: TProduct, b: TProduct) => number): TProduct[] {
  const kept: TProduct[] = [];
  for (const item of items) {
    const last = kept.at(-1);
    if (kept.length === count && last && order(item, last) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1] as TProduct) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
