import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getSalesBreakdown } from "@/server/insight/reports/get-sales-breakdown.ts";
import { DIMENSIONS, type TDimension } from "@/server/insight/reports/report-filters.ts";
import type { TTableRow } from "@/server/insight/reports/report-table.ts";
import { openReportPage, type TReportPageProps } from "../../_components/open-report-page.tsx";
import { withQuery } from "../../_components/query.ts";
import { REPORT_PAGE_ROWS, ReportTable } from "../../_components/report-table.tsx";
import { DEFAULT_COLUMNS } from "../../_components/default-columns.ts";

/**
 * Sales by a chosen dimension: a sortable, searchable table; a row narrows the reports to it. The
 * sales over time are the overview's (one trend table, where the trend chart is).
 */
export default async function SalesReport(props: TReportPageProps) {
  const { params, searchParams, page, shell } = await openReportPage(props, { limit: REPORT_PAGE_ROWS });
  const { companyId } = params;
  if (!page.ok) return shell;
  const t = await getTranslations("reports");
  const by = page.input.params.by;
  const breakdown = await getSalesBreakdown(page.input);
  const { sources } = page.input.context;
  const searchParamOf = (key: string) =>
    typeof searchParams[key] === "string" ? String(searchParams[key]) : undefined;
  // Several ERP sources: a warehouse's, group's or customer's id is its source's, so narrowing to
  // it reads that source alone.
  const narrow = (dim: TDimension, row: TTableRow): string | null => {
    const id = String(row.id ?? "");
    const source =
      dim === "integration" ? id : dim === "contact" || dim === "product" ? undefined : String(row.integrationId ?? "");
    const keep = { integration: sources.length > 1 ? (source ?? searchParamOf("integration")) : undefined };
    if (dim === "customer")
      return id === "0"
        ? null
        : `/reports/${companyId}/customers/${id}${withQuery(searchParams, { ...keep, by: undefined, sort: undefined, q: undefined })}`;
    if ((id === "0" || id === "") && dim !== "contact") return null;
    if (dim === "product" && id.startsWith("#")) return null;
    const filter = {
      contact: "contact",
      warehouse: "warehouse",
      group: "group",
      product: "product",
      integration: "integration",
    }[dim];
    return withQuery(searchParams, {
      ...keep,
      [filter]: id,
      by: dim === "product" ? "contact" : "product",
      sort: undefined,
      q: undefined,
    });
  };
  return (
    <>
      {shell}
      <nav className="tabs" aria-label={t("by.label")}>
        {DIMENSIONS.filter((dim) => dim !== "integration" || sources.length > 1).map((dim) => (
          <Link
            key={dim}
            href={withQuery(searchParams, { by: dim, sort: undefined, q: undefined })}
            aria-current={dim === by ? "page" : undefined}
          >
            {t(`by.${dim}`)}
          </Link>
        ))}
      </nav>
      {by === "product" && <p className="muted">{t("productDocumentsHint")}</p>}
      {by === "product" && sources.length > 1 && <p className="muted">{t("productSourcesHint")}</p>}
      <ReportTable
        id="breakdown"
        title={t(`by.${by}`)}
        table={breakdown.table}
        companyId={companyId}
        report="breakdown"
        searchParams={searchParams}
        query={{ by }}
        defaultColumns={DEFAULT_COLUMNS.breakdown}
        cellHref={(row, column) => (column === "label" ? narrow(by, row) : null)}
        searchable
      />
    </>
  );
}
