import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { getOrderVersion } from "@/server/orders/get-order-version.ts";
import { getStaffOrder } from "@/server/orders/get-staff-order.ts";
import { getIntegration } from "@/server/erp-data/integrations/get-integration.ts";
import { loadStaffPage } from "../../clients/[companyId]/load-staff-page.ts";
import { ErpBadge, StatusBadge } from "../_components/order-badges.tsx";
import { OrderBuyer } from "./order-buyer.tsx";
import { OrderErp } from "./order-erp.tsx";
import { OrderLines } from "./order-lines.tsx";
import { OrderReturns } from "./order-returns.tsx";
import { OrderTimeline } from "./order-timeline.tsx";
import { OrderWatcher } from "./order-watcher.tsx";
import { StatusForm } from "./status-form.tsx";

/** Quicker while the order is on its way to the ERP, when staff are most likely watching. */
const WATCH_MS = { pending: 1500, other: 4000 };

export default async function OrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const { order, version, settings } = await loadStaffPage(async (actor) => {
    // The version first: a change between the two reads only causes one extra refresh.
    const version = await getOrderVersion({ actor, orderId });
    const order = await getStaffOrder({ actor, orderId });
    const { settings } = await getIntegration({
      actor,
      companyId: order.company.id,
      integrationId: order.integrationId,
    });
    return { order, version, settings };
  });
  const [t, format] = [await getTranslations("orders"), await getFormatter()];
  const { view } = order;
  return (
    <>
      <OrderWatcher
        orderId={view.id}
        version={version}
        intervalMs={view.erp.state === "pending" ? WATCH_MS.pending : WATCH_MS.other}
      />
      <header className="page-header">
        <p>
          <Link href="/orders">{t("detail.back")}</Link>
        </p>
        <h1>{t("detail.title", { number: view.externalId })}</h1>
        <p className="row-actions">
          <StatusBadge status={view.status} />
          <ErpBadge state={view.erp.state} />
          <Link href={`/orders?companyId=${order.company.id}`}>{order.company.name}</Link>
          <span className="muted">
            {t("detail.meta", {
              channel: order.channel.name,
              created: format.dateTime(new Date(view.createdAt), { dateStyle: "short", timeStyle: "short" }),
            })}
          </span>
        </p>
        <p className="muted">{t("detail.live")}</p>
      </header>
      <div className="order-grid">
        <div>
          <OrderLines order={order} settings={settings} />
          <OrderBuyer order={order} settings={settings} />
        </div>
        <div>
          <OrderErp order={order} />
          <section className="panel" aria-labelledby="order-move">
            <h2 id="order-move">{t("move.title")}</h2>
            <StatusForm orderId={view.id} next={order.nextStatuses} />
          </section>
        </div>
      </div>
      <OrderTimeline order={order} />
      <OrderReturns order={order} />
    </>
  );
}
