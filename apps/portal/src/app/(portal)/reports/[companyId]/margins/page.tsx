import { getTranslations } from "next-intl/server";
import { getMarginHeatmap } from "@/server/insight/reports/get-margin-heatmap.ts";
import { FALLING_PP, getUnprofitableAreas } from "@/server/insight/reports/get-unprofitable-areas.ts";
import { HeatMap } from "../../_components/heat-map.tsx";
import { openReportPage, type TReportPageProps } from "../../_components/open-report-page.tsx";
import { REPORT_PAGE_ROWS, ReportTable } from "../../_components/report-table.tsx";
import { DEFAULT_COLUMNS } from "../../_components/default-columns.ts";
import { SECONDARY_QUERY, secondary } from "../../_components/secondary.ts";

/** Where money is lost: the margin heat map and segments ranked worst first, flagged. */
export default async function MarginReport(props: TReportPageProps) {
  const { params, searchParams, page, shell } = await openReportPage(props, { limit: REPORT_PAGE_ROWS });
  const { companyId } = params;
  if (!page.ok) return shell;
  const t = await getTranslations("reports");
  const flagWords = { negative: t("flags.negative"), falling: t("flags.falling") };
  const [heatmap, areas] = await Promise.all([
    getMarginHeatmap(secondary(page.input)),
    getUnprofitableAreas({ ...page.input, flagWords }),
  ]);
  return (
    <>
      {shell}
      <section className="panel">
        <h2>{t("charts.heatmap")}</h2>
        <p className="muted">{t("charts.heatmapHint")}</p>
        <HeatMap heatmap={heatmap} />
      </section>
      <ReportTable
        id="heatmap-table"
        title={t("tables.heatmap")}
        table={heatmap.table}
        companyId={companyId}
        report="heatmap"
        searchParams={searchParams}
        query={SECONDARY_QUERY}
        sortable={false}
      />
      <p data-testid="flagged">{t("unprofitable.flagged", { count: areas.flagged, pp: FALLING_PP })}</p>
      <ReportTable
        id="unprofitable"
        title={t("tables.unprofitable")}
        table={areas.table}
        companyId={companyId}
        report="unprofitable"
        searchParams={searchParams}
        defaultColumns={DEFAULT_COLUMNS.unprofitable}
        flagged={(row) => row.negative === true || row.falling === true}
        searchable
      />
    </>
  );
}
