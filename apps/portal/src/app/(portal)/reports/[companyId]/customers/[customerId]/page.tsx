import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { getContractorHistory } from "@/server/insight/reports/get-contractor-history.ts";
import { openReportPage, type TReportPageProps } from "../../../_components/open-report-page.tsx";
import { withQuery } from "../../../_components/query.ts";
import { ReportTable } from "../../../_components/report-table.tsx";
import { TrendChart } from "../../../_components/trend-chart.tsx";

/** One customer: terms, sales by bucket, and the orders and sales documents in the period. */
export default async function ContractorPage(props: TReportPageProps<{ companyId: string; customerId: string }>) {
  const { params, searchParams, page, shell } = await openReportPage(props);
  const { companyId, customerId } = params;
  if (!/^\d{1,9}$/.test(customerId)) notFound();
  if (!page.ok) return shell;
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const history = await getContractorHistory({ ...page.input, customerId: Number(customerId) }).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const { customer, totals } = history;
  const money = (value: number | null) =>
    value === null ? "—" : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <>
      {shell}
      <section className="panel">
        <p>
          <Link href={`/reports/${companyId}/customers${withQuery(searchParams, { sort: undefined, q: undefined })}`}>
            {t("contractors.back")}
          </Link>
        </p>
        <h2>{customer.name}</h2>
        <dl className="facts">
          <dt>{t("columns.code")}</dt>
          <dd>{customer.code}</dd>
          <dt>{t("columns.nip")}</dt>
          <dd>{customer.nip ?? "—"}</dd>
          <dt>{t("columns.creditLimit")}</dt>
          <dd>{money(customer.creditLimit)}</dd>
          <dt>{t("columns.paymentDays")}</dt>
          <dd>{customer.paymentDays}</dd>
          <dt>{t("columns.balance")}</dt>
          <dd>{money(customer.balance)}</dd>
          <dt>{t("columns.overdue")}</dt>
          <dd>{money(customer.overdue)}</dd>
          <dt>{t("columns.oldestOverdueDueDate")}</dt>
          <dd>{customer.oldestOverdueDueDate ?? "—"}</dd>
          <dt>{t("columns.net")}</dt>
          <dd>{money(totals.net)}</dd>
          <dt>{t("columns.marginPct")}</dt>
          <dd>{totals.marginPct === null ? "—" : `${format.number(totals.marginPct)} %`}</dd>
          <dt>{t("columns.documents")}</dt>
          <dd>{totals.documents ?? "—"}</dd>
        </dl>
        <p className="muted">{t("contractors.hint")}</p>
      </section>
      <section className="panel">
        <h2>{t("charts.trend")}</h2>
        <TrendChart
          points={history.trend.points.map((p) => ({
            bucket: p.bucket,
            current: p.current.net,
            lastYear: p.lastYear.net,
          }))}
          labels={{ title: t("charts.trend"), current: t("charts.current"), lastYear: t("charts.lastYear") }}
        />
      </section>
      <ReportTable
        id="contractor-documents"
        title={t("tables.documents")}
        table={history.table}
        companyId={companyId}
        report="contractor"
        searchParams={searchParams}
        query={{ customer: String(customer.id) }}
        searchable
      />
    </>
  );
}
