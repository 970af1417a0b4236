import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AppError, type TFieldErrors } from "@/server/platform/errors/app-error.ts";
import type { TActor } from "@/server/platform/auth/actor.ts";
import { listCompanies } from "@/server/admin/companies/list-companies.ts";
import { countFailedOrders } from "@/server/orders/count-failed-orders.ts";
import { listOrders } from "@/server/orders/list-orders.ts";
import { loadStaffPage } from "../clients/[companyId]/load-staff-page.ts";
import { erpErrorText } from "./_components/erp-error-text.ts";
import { ErrorQueue, type TQueueRow } from "./_components/error-queue.tsx";
import { OrderFilters } from "./_components/order-filters.tsx";
import { OrdersTable, type TOrderRow } from "./_components/orders-table.tsx";
import { filtersOf, MAX_LIMIT, ordersHref, PAGE_SIZE, readOrdersQuery } from "./_components/orders-query.ts";
import { storedProblem } from "@/server/orders/order-problem.ts";
import { AutoRefresh } from "./_components/auto-refresh.tsx";

/** Quicker while a listed order is on its way to the ERP. */
const REFRESH_MS = { pending: 3000, other: 15_000 };

/** A filter the URL got wrong is named beside the filters; the list is then empty. */
async function listOrFail(actor: TActor, filters: unknown): Promise<{ orders: TOrderRow[]; errors: TFieldErrors }> {
  try {
    return { orders: await listOrders({ actor, filters }), errors: {} };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT")
      return { orders: [], errors: error.fieldErrors ?? {} };
    throw error;
  }
}

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = readOrdersQuery(await searchParams);
  const filters = filtersOf(query);
  const { listed, companies, failed } = await loadStaffPage(async (actor) => ({
    listed: await listOrFail(actor, filters),
    companies: await listCompanies({ actor }),
    failed: await countFailedOrders({ actor }),
  }));
  const [t, format] = [await getTranslations("orders"), await getFormatter()];
  const { orders, errors } = listed;
  // A refused filter by the label the form gives it (the URL's names are the code's).
  const filterLabel = (field: string) =>
    ({
      companyId: t("filters.client"),
      status: t("filters.status"),
      erpState: t("filters.erpState"),
      search: t("filters.search"),
    })[field] ?? t("filters.pageSize");
  const limit = Number(filters.limit);
  const more = orders.length === limit && limit < MAX_LIMIT;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  const queue: TQueueRow[] = orders.map((order) => ({
    id: order.id,
    externalId: order.externalId,
    company: order.company.name,
    created: when(order.createdAt),
    total: format.number(Number(order.totalGross), { style: "currency", currency: "PLN" }),
    reason: erpErrorText(
      t,
      storedProblem({ code: order.lastErrorCode, params: order.lastErrorParams, text: order.lastError }),
    ),
    rawReason: order.lastError ?? "",
    held: order.erpState === "HELD",
  }));
  const tabs = [
    { view: "all" as const, label: t("views.all") },
    { view: "errors" as const, label: t("views.errors") },
  ];
  return (
    <section className="panel">
      <AutoRefresh
        intervalMs={orders.some((order) => order.erpState === "PENDING") ? REFRESH_MS.pending : REFRESH_MS.other}
      />
      <h1>{t("title")}</h1>
      <p className="muted">{query.view === "errors" ? t("queue.intro") : t("intro")}</p>
      <nav className="tabs" aria-label={t("views.label")}>
        {tabs.map((tab) => (
          <Link
            key={tab.view}
            href={ordersHref({ view: tab.view, companyId: query.companyId, search: query.search })}
            aria-current={query.view === tab.view ? "page" : undefined}
          >
            {tab.label}
            {tab.view === "errors" && failed > 0 && (
              <>
                {" "}
                <span className="badge badge-error" data-testid="failed-count">
                  {format.number(failed)}
                </span>
              </>
            )}
          </Link>
        ))}
      </nav>
      <OrderFilters query={query} companies={companies} errors={errors} />
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="form-error">
          {t("filters.invalid", { detail: Object.keys(errors).map(filterLabel).join(", ") })}
        </p>
      )}
      {query.view === "errors" ? (
        <ErrorQueue rows={queue} />
      ) : orders.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <OrdersTable orders={orders} />
      )}
      {more && (
        <p>
          <Link href={ordersHref(query, { limit: String(Math.min(MAX_LIMIT, limit + PAGE_SIZE)) })}>{t("more")}</Link>
        </p>
      )}
    </section>
  );
}
