import { aggregateSales } from "./aggregate-sales.ts";
import { changePct, NO_SALES, toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import { bucketsOf, lastYearRange, nextBucket, parseDay, type TRange } from "./report-period.ts";
import type { TTable } from "./report-table.ts";

/** Sales per bucket (day ... year) over the period, each beside the bucket a year earlier. */
export async function getSalesTrend(input: TReportInput) {
  const { params, context } = input;
  const series = async (range: TRange) => {
    const rows = await aggregateSales({
      integrationIds: context.integrationIds,
      range,
      dims: ["bucket"],
      bucket: params.bucket,
      filters: filtersOf(params),
      showrooms: context.showrooms,
    });
    const byBucket = new Map(rows.map((r) => [r.bucket, r]));
    return bucketsOf(range, params.bucket).map((bucket) => ({
      bucket,
      measures: toMeasures(byBucket.get(bucket) ?? NO_SALES),
    }));
  };
  const [current, lastYear] = await Promise.all([series(params.range), series(lastYearRange(params.range))]);
  // Buckets pair by position: a week a year back starts on another weekday's Monday.
  // A bucket the period cuts (the month so far, a week begun before the period) holds fewer days
  // than its neighbours: marked, so a chart does not read it as a collapse. The year-earlier
  // bucket covers the same days, so the two stay comparable.
  const partial = (bucket: string) =>
    parseDay(bucket) < params.range.from || nextBucket(parseDay(bucket), params.bucket) > params.range.to;
  const points = current.map((point, i) => ({
    bucket: point.bucket,
    partial: partial(point.bucket),
    current: point.measures,
    lastYear: lastYear[i]?.measures ?? toMeasures(NO_SALES),
  }));
  const table: TTable = {
    columns: [
      { key: "bucket", kind: "date", bucket: params.bucket },
      { key: "net", kind: "money" },
      { key: "gross", kind: "money" },
      { key: "margin", kind: "money" },
      { key: "marginPct", kind: "percent" },
      { key: "quantity", kind: "number" },
      { key: "documents", kind: "count" },
      { key: "avgBasket", kind: "money" },
      { key: "lastYearNet", kind: "money" },
      { key: "changeLastYearPct", kind: "percent" },
    ],
    rows: points.map((p) => ({
      bucket: p.bucket,
      partial: p.partial,
      net: p.current.net,
      gross: p.current.gross,
      margin: p.current.margin,
      marginPct: p.current.marginPct,
      quantity: p.current.quantity,
      documents: p.current.documents,
      avgBasket: p.current.avgBasket,
      lastYearNet: p.lastYear.net,
      changeLastYearPct: changePct(p.current.net, p.lastYear.net),
    })),
    total: points.length,
  };
  return { bucket: params.bucket, points, table };
}
