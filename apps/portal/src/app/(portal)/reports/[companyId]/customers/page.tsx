import { getTranslations } from "next-intl/server";
import type { TTableRow } from "@/server/insight/reports/report-table.ts";
import { listContractors } from "@/server/insight/reports/list-contractors.ts";
import { openReportPage, type TReportPageProps } from "../../_components/open-report-page.tsx";
import { DEFAULT_COLUMNS } from "../../_components/default-columns.ts";
import { withQuery } from "../../_components/query.ts";
import { REPORT_PAGE_ROWS, ReportTable } from "../../_components/report-table.tsx";

/** B2B customers: terms from the ERP and sales in the period; a row opens the customer's history. */
export default async function ContractorsReport(props: TReportPageProps) {
  const { params, searchParams, page, shell } = await openReportPage(props, { limit: REPORT_PAGE_ROWS });
  const { companyId } = params;
  if (!page.ok) return shell;
  const t = await getTranslations("reports");
  const table = await listContractors(page.input);
  // Several ERP sources: the customer's page reads its own source (customer ids are each ERP's).
  const several = page.input.context.sources.length > 1;
  const sourceOf = (row: TTableRow) =>
    withQuery(searchParams, {
      sort: undefined,
      q: undefined,
      dir: undefined,
      ...(several ? { integration: String(row.integrationId) } : {}),
    });
  return (
    <>
      {shell}
      <p className="muted">{t("contractors.hint")}</p>
      <ReportTable
        id="contractors"
        title={t("tables.contractors")}
        table={table}
        companyId={companyId}
        report="contractors"
        searchParams={searchParams}
        defaultColumns={DEFAULT_COLUMNS.contractors}
        cellHref={(row, column) =>
          column === "name" ? `/reports/${companyId}/customers/${String(row.id)}${sourceOf(row)}` : null
        }
        searchable
      />
    </>
  );
}
