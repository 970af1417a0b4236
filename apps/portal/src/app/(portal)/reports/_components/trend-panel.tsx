import { getFormatter, getTranslations } from "next-intl/server";
import type { getSalesTrend } from "@/server/insight/reports/get-sales-trend.ts";
import {
  addDays,
  formatDay,
  maxDate,
  minDate,
  nextBucket,
  parseDay,
  type TRange,
} from "@/server/insight/reports/report-period.ts";
import { formatBucket, formatPeriod } from "./format-bucket.ts";
import { TrendChart } from "./trend-chart.tsx";

type TTrend = Awaited<ReturnType<typeof getSalesTrend>>;

/** The trend chart in its panel, with the words it needs: partial buckets, one bucket, no sales. */
export async function TrendPanel(props: { trend: TTrend; range: TRange }) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const { trend, range } = props;
  const period = formatPeriod(format, formatDay(range.from), formatDay(addDays(range.to, -1)));
  const notes = trend.points
    .filter((p) => p.partial)
    .map((p) => {
      const start = parseDay(p.bucket);
      const [from, to] = [maxDate(start, range.from), minDate(nextBucket(start, trend.bucket), range.to)];
      return t("charts.partialNote", {
        bucket: formatBucket(format, p.bucket, trend.bucket),
        days: formatPeriod(format, formatDay(from), formatDay(addDays(to, -1))),
      });
    });
  const only = trend.points.length === 1 ? trend.points[0] : undefined;
  return (
    <section className="panel">
      <h2>{t("charts.trend")}</h2>
      <TrendChart
        points={trend.points.map((p) => ({
          bucket: p.bucket,
          current: p.current.net,
          lastYear: p.lastYear.net,
          partial: p.partial,
        }))}
        bucket={trend.bucket}
        notes={notes}
        labels={{
          title: t("charts.trend"),
          current: t("charts.current"),
          lastYear: t("charts.lastYear"),
          partial: t("charts.partial"),
          single: only ? t("charts.single", { bucket: formatBucket(format, only.bucket, trend.bucket) }) : "",
          empty: t("charts.empty", { period }),
        }}
      />
    </section>
  );
}
