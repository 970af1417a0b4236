import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/server/platform/errors/app-error.ts";
import { getContractorHistory } from "@/server/insight/reports/get-contractor-history.ts";
import { parseDay, polishDay } from "@/server/insight/reports/report-period.ts";
import { DEFAULT_COLUMNS } from "../../../_components/default-columns.ts";
import { formatPeriod } from "../../../_components/format-bucket.ts";
import { PLN } from "../../../_components/format-cell.ts";
import { openReportPage, type TReportPageProps } from "../../../_components/open-report-page.tsx";
import { withQuery } from "../../../_components/query.ts";
import { ReportTable } from "../../../_components/report-table.tsx";
import { TrendPanel } from "../../../_components/trend-panel.tsx";

const DAY_MS = 86_400_000;

/**
 * One customer as an owner asks about them: sales and margin in the period, their last order,
 * how they pay (terms, balance, what is overdue and since when), sales by bucket, and their
 * orders and sales documents named in words, each beside the order or invoice it belongs to.
 */
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
  const money = (value: number) => format.number(value, PLN);
  const day = (value: string) => formatPeriod(format, value, value);
  const settled = customer.balance !== null;
  const overdueDays =
    customer.oldestOverdueDueDate === null
      ? null
      : Math.round((polishDay(new Date()).getTime() - parseDay(customer.oldestOverdueDueDate).getTime()) / DAY_MS);
  const paying = !settled
    ? t("contractors.noSettlements")
    : (customer.overdue ?? 0) > 0
      ? t("contractors.overdueSince", {
          amount: money(customer.overdue ?? 0),
          since: customer.oldestOverdueDueDate ? day(customer.oldestOverdueDueDate) : "—",
          days: overdueDays ?? 0,
        })
      : t("contractors.onTime");
  const shownKeys = new Set(history.table.rows.map((row) => String(row.key)));
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
        <dl className="facts" data-testid="contractor-facts">
          <dt>{t("columns.net")}</dt>
          <dd>{money(totals.net)}</dd>
          <dt>{t("columns.margin")}</dt>
          <dd>
            {money(totals.margin)}
            {totals.marginPct === null ? "" : ` (${format.number(totals.marginPct)} %)`}
          </dd>
          <dt>{t("columns.documents")}</dt>
          <dd>{totals.documents ?? 0}</dd>
          <dt>{t("contractors.lastOrder")}</dt>
          <dd>{history.lastOrderDay ? day(history.lastOrderDay) : t("contractors.noOrders")}</dd>
          <dt>{t("contractors.paying")}</dt>
          <dd data-testid="payment-behaviour">{paying}</dd>
          <dt>{t("columns.paymentDays")}</dt>
          <dd>{customer.paymentDays}</dd>
          <dt>{t("columns.creditLimit")}</dt>
          <dd>{customer.creditLimit > 0 ? money(customer.creditLimit) : t("contractors.noLimit")}</dd>
          <dt>{t("columns.balance")}</dt>
          <dd>{settled ? money(customer.balance ?? 0) : `— (${t("contractors.noSettlementsShort")})`}</dd>
          <dt>{t("columns.code")}</dt>
          <dd>{customer.code}</dd>
          <dt>{t("columns.nip")}</dt>
          <dd>{customer.nip ?? "—"}</dd>
        </dl>
        <p className="muted">{t("contractors.hint")}</p>
      </section>
      <TrendPanel trend={history.trend} range={page.input.params.range} />
      <p className="muted">{t("contractors.documentsHint")}</p>
      <ReportTable
        id="contractor-documents"
        title={t("tables.documents")}
        table={history.table}
        companyId={companyId}
        report="contractor"
        searchParams={searchParams}
        query={{
          customer: String(customer.id),
          ...(page.input.context.sources.length > 1 ? { integration: customer.integrationId } : {}),
        }}
        defaultColumns={DEFAULT_COLUMNS.documents}
        rowId={(row) => `doc-${String(row.key)}`}
        cellHref={(row, column) =>
          column === "related" && shownKeys.has(String(row.relatedKey)) ? `#doc-${String(row.relatedKey)}` : null
        }
        searchable
      />
    </>
  );
}
