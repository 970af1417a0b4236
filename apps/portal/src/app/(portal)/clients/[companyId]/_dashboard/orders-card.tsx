import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TOrderCounts } from "@/server/insight/dashboard/count-orders.ts";
import { ordersHref } from "../../../orders/_components/orders-query.ts";
import styles from "../dashboard.module.css";
import { DashboardCard } from "./dashboard-card.tsx";

/** Figures most integrations never have (no operator's documents, no credit holds): shown only when there are some. */
const OPTIONAL = ["awaitingOperator", "held"];
/** Figures that wait for staff. */
const ALARMS = ["failed", "held"];

/**
 * Orders waiting for the ERP, waiting for the operator's sale document in it (shown only when
 * there are such orders: most integrations let our writer issue them), refused by it (the error
 * queue), held by the credit rule (likewise only when there are some) and received today, each a link to the list.
 */
export async function OrdersCard({ companyId, orders }: { companyId: string; orders: TOrderCounts }) {
  const [t, format] = [await getTranslations("dashboard.orders"), await getFormatter()];
  const figures = [
    { key: "waiting", count: orders.waiting, href: ordersHref({ view: "all", companyId, erpState: "PENDING" }) },
    {
      key: "awaitingOperator",
      count: orders.awaitingOperator,
      href: ordersHref({ view: "all", companyId, erpState: "AWAITING_ERP" }),
    },
    { key: "failed", count: orders.failed, href: ordersHref({ view: "errors", companyId }) },
    { key: "held", count: orders.held, href: ordersHref({ view: "all", companyId, erpState: "HELD" }) },
    { key: "today", count: orders.today, href: ordersHref({ view: "all", companyId }) },
  ].filter((figure) => !OPTIONAL.includes(figure.key) || figure.count > 0);
  return (
    <DashboardCard id="orders" title={t("title")}>
      <ul className={styles.figures}>
        {figures.map((figure) => (
          <li key={figure.key}>
            <Link
              href={figure.href}
              className={[styles.figure, ALARMS.includes(figure.key) && figure.count > 0 && styles.alarm]
                .filter(Boolean)
                .join(" ")}
              data-testid={`dashboard-orders-${figure.key}`}
            >
              <strong>{format.number(figure.count)}</strong> <span>{t(figure.key)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
