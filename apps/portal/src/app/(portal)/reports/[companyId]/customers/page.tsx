import { getTranslations } from "next-intl/server";
import { listContractors } from "@/server/reports/list-contractors.ts";
import { loadReportPage } from "../../_components/load-report-page.ts";
import { withQuery, type TSearchParams } from "../../_components/query.ts";
import { ReportShell } from "../../_components/report-shell.tsx";
import { ReportTable } from "../../_components/report-table.tsx";

const ROWS = 200;

/** B2B customers: terms from the ERP and sales in the period; a row opens the customer's history. */
export default async function ContractorsReport(props: {
  params: Promise<{ companyId: string }>;
  searchParams: Promise<TSearchParams>;
}) {
  const [{ companyId }, searchParams] = [await props.params, await props.searchParams];
  const page = await loadReportPage({ companyId, searchParams, limit: ROWS });
  const shell = <ReportShell companyId={companyId} errors={page.ok ? {} : page.fieldErrors} />;
  if (!page.ok) return shell;
  const t = await getTranslations("reports");
  const table = await listContractors(page.input);
  const keep = withQuery(searchParams, { sort: undefined, q: undefined, dir: undefined });
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
        rowHref={(row) => `/reports/${companyId}/customers/${String(row.key)}${keep}`}
        searchable
      />
    </>
  );
}
