import { aggregateSales } from "./aggregate-sales.ts";
import { changePct, NO_SALES, toMeasures, type TMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import { formatDay, lastYearRange, previousRange, type TRange } from "./report-period.ts";
import type { TTable } from "./report-table.ts";

const METRICS = ["net", "gross", "cost", "margin", "marginPct", "quantity", "documents", "avgBasket"] as const;

/** The period's totals beside the period just before and the same period a year earlier. */
export async function getSalesSummary(input: TReportInput) {
  const { params, context } = input;
  const ranges = {
    current: params.range,
    previous: previousRange(params.range),
    lastYear: lastYearRange(params.range),
  };
  const totals = async (range: TRange): Promise<TMeasures> => {
    const [row] = await aggregateSales({
      integrationIds: context.integrationIds,
      range,
      dims: [],
      bucket: params.bucket,
      filters: filtersOf(params),
      showrooms: context.showrooms,
    });
    return toMeasures(row ?? NO_SALES);
  };
  const [current, previous, lastYear] = await Promise.all([
    totals(ranges.current),
    totals(ranges.previous),
    totals(ranges.lastYear),
  ]);
  const shown = (r: TRange) => ({ from: formatDay(r.from), to: formatDay(new Date(r.to.getTime() - 86_400_000)) });
  const table: TTable = {
    columns: [
      { key: "metric", kind: "text" },
      { key: "current", kind: "number" },
      { key: "previous", kind: "number" },
      { key: "changePrevPct", kind: "percent" },
      { key: "lastYear", kind: "number" },
      { key: "changeLastYearPct", kind: "percent" },
    ],
    rows: METRICS.map((metric) => {
      const [now, before, yearAgo] = [current[metric], previous[metric], lastYear[metric]];
      const change = (then: number | null) => (now === null || then === null ? null : changePct(now, then));
      return {
        metric: input.words.metric(metric),
        current: now,
        previous: before,
        changePrevPct: change(before),
        lastYear: yearAgo,
        changeLastYearPct: change(yearAgo),
      };
    }),
    total: METRICS.length,
  };
  return {
    current,
    previous,
    lastYear,
    ranges: { current: shown(ranges.current), previous: shown(ranges.previous), lastYear: shown(ranges.lastYear) },
    table,
  };
}
