import { getFormatter, getTranslations } from "next-intl/server";
import { getMarginHeatmap } from "@/server/insight/reports/get-margin-heatmap.ts";
import { getProductExtremes } from "@/server/insight/reports/get-product-extremes.ts";
import { getSalesBreakdown } from "@/server/insight/reports/get-sales-breakdown.ts";
import { getSalesSummary } from "@/server/insight/reports/get-sales-summary.ts";
import { getSalesTrend } from "@/server/insight/reports/get-sales-trend.ts";
import { Bars } from "../_components/bar-chart.tsx";
import { HeatMap } from "../_components/heat-map.tsx";
import { KpiCards } from "../_components/kpi-cards.tsx";
import { openReportPage, type TReportPageProps } from "../_components/open-report-page.tsx";
import { ReportTable } from "../_components/report-table.tsx";
import { SECONDARY_QUERY, secondary } from "../_components/secondary.ts";
import { DEFAULT_COLUMNS } from "../_components/default-columns.ts";
import { formatPeriod } from "../_components/format-bucket.ts";
import { TrendPanel } from "../_components/trend-panel.tsx";
import styles from "../reports.module.css";

const TOP = 10;

export default async function ReportOverview(props: TReportPageProps) {
  const { params, searchParams, page, shell } = await openReportPage(props);
  const { companyId } = params;
  if (!page.ok) return shell;
  const input = secondary(page.input);
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const period = (r: { from: string; to: string }) => ({ period: formatPeriod(format, r.from, r.to) });
  // Several ERP sources read at once: their sales side by side too (a company with one sees none of it).
  const several = input.context.integrationIds.length > 1;
  const [summary, trend, byContact, products, heatmap, bySource] = await Promise.all([
    getSalesSummary(input),
    getSalesTrend(input),
    getSalesBreakdown({ ...input, by: "contact" }),
    getProductExtremes(input, TOP),
    getMarginHeatmap(input),
    several ? getSalesBreakdown({ ...input, by: "integration" }) : null,
  ]);
  const contactBars = byContact.table.rows.map((r) => ({ label: String(r.label), value: Number(r.net ?? 0) }));
  return (
    <>
      {shell}
      <p className="muted" data-testid="period">
        {t("periodLine", period(summary.ranges.current))} · {t("previousLine", period(summary.ranges.previous))} ·{" "}
        {t("lastYearLine", period(summary.ranges.lastYear))}
      </p>
      <KpiCards summary={summary} />
      <TrendPanel trend={trend} range={page.input.params.range} />
      {bySource && (
        <ReportTable
          id="by-source"
          title={t("tables.bySource")}
          table={bySource.table}
          companyId={companyId}
          report="breakdown"
          searchParams={searchParams}
          query={{ ...SECONDARY_QUERY, by: "integration" }}
          defaultColumns={DEFAULT_COLUMNS.breakdown}
          sortable={false}
        />
      )}
      <div className={styles.grid2}>
        <section className="panel">
          <h2>{t("charts.byContact")}</h2>
          <Bars
            id="contact-bars"
            title={t("charts.byContact")}
            bars={contactBars}
            valueLabel={t("columns.net")}
            money
          />
        </section>
        <section className="panel">
          <h2>{t("charts.topProducts")}</h2>
          <Bars
            id="top-products"
            title={t("charts.topProducts")}
            bars={products.top}
            valueLabel={t("columns.net")}
            money
          />
          <h2>{t("charts.bottomProducts")}</h2>
          <Bars
            id="bottom-products"
            title={t("charts.bottomProducts")}
            bars={products.bottom}
            valueLabel={t("columns.margin")}
            money
          />
        </section>
      </div>
      <section className="panel">
        <h2>{t("charts.heatmap")}</h2>
        <p className="muted">{t("charts.heatmapHint")}</p>
        <HeatMap heatmap={heatmap} />
      </section>
      <ReportTable
        id="by-contact"
        title={t("tables.byContact")}
        table={byContact.table}
        companyId={companyId}
        report="breakdown"
        searchParams={searchParams}
        query={{ ...SECONDARY_QUERY, by: "contact" }}
        defaultColumns={DEFAULT_COLUMNS.breakdown}
        sortable={false}
      />
      <ReportTable
        id="trend-table"
        title={t("tables.trend")}
        table={trend.table}
        companyId={companyId}
        report="trend"
        searchParams={searchParams}
        query={SECONDARY_QUERY}
        defaultColumns={DEFAULT_COLUMNS.trend}
        rowNote={(row) => (row.partial === true ? t("charts.partialRow") : null)}
        sortable={false}
      />
    </>
  );
}
