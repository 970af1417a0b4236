import { aggregateSales } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";

/**
 * The overview's best and worst products: the `count` with the highest net sales, and the `count`
 * with the lowest margin (at equal margins the larger sales first, as in the table by product).
 * Every product is summed, but only these few are named: naming all of them (thousands, read from
 * the whole product copy) and building their table rows cost the overview most of its time for
 * twenty bars (README, "Reports").
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
  const products = rows.map((row) => ({ symbol: row.product ?? "", ...toMeasures(row) }));
  const byNet = products.sort((a, b) => b.net - a.net);
  const top = byNet.slice(0, count);
  const bottom = [...byNet].sort((a, b) => a.margin - b.margin).slice(0, count);
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
