import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getSalesBreakdown } from "@/server/insight/reports/get-sales-breakdown.ts";
import { DIMENSIONS, type TDimension } from "@/server/insight/reports/report-filters.ts";
import type { TTableRow } from "@/server/insight/reports/report-table.ts";
import { openReportPage, type TReportPageProps } from "../../_components/open-report-page.tsx";
import { withQuery } from "../../_components/query.ts";
import { ReportTable } from "../../_components/report-table.tsx";
import { DEFAULT_COLUMNS } from "../../_components/default-columns.ts";

const ROWS = 200;

/**
 * Sales by a chosen dimension: a sortable, searchable table; a row narrows the reports to it. The
 * sales over time are the overview's (one trend table, where the trend chart is).
 */
export default async function SalesReport(props: TReportPageProps) {
  const { params, searchParams, page, shell } = await openReportPage(props, { limit: ROWS });
  const { companyId } = params;
  if (!page.ok) return shell;
  const t = await getTranslations("reports");
  const by = page.input.params.by;
  const breakdown = await getSalesBreakdown(page.input);
  const narrow = (dim: TDimension, row: TTableRow): string | null => {
    const key = String(row.key ?? "");
    if (dim === "customer")
      return key === "0"
        ? null
        : `/reports/${companyId}/customers/${key}${withQuery(searchParams, { by: undefined, sort: undefined, q: undefined })}`;
    const filter = { contact: "contact", warehouse: "warehouse", group: "group", product: "product" }[dim];
    if (key === "0" && dim !== "contact") return null;
    return withQuery(searchParams, {
      [filter]: key,
      by: dim === "product" ? "contact" : "product",
      sort: undefined,
      q: undefined,
    });
  };
  return (
    <>
      {shell}
      <nav className="tabs" aria-label={t("by.label")}>
        {DIMENSIONS.map((dim) => (
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
