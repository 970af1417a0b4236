import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { listOrders } from "@/server/orders/list-orders.ts";
import { erpErrorText } from "./erp-error-text.ts";
import { storedProblem } from "@/server/orders/order-problem.ts";
import { ErpBadge, erpStateOf, StatusBadge } from "./order-badges.tsx";

export type TOrderRow = Awaited<ReturnType<typeof listOrders>>[number];

/** Orders across clients, newest first: where each is, what it costs, and what the ERP has of it. */
export async function OrdersTable({ orders }: { orders: TOrderRow[] }) {
  const [t, format] = [await getTranslations("orders"), await getFormatter()];
  return (
    <table className="orders">
      <thead>
        <tr>
          {(["order", "client", "created", "status", "total", "paid", "erp"] as const).map((key) => (
            <th key={key}>{t(`columns.${key}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id} data-testid={`order-${order.id}`}>
            <td>
              <Link href={`/orders/${order.id}`}>{order.externalId}</Link>
              <div className="muted">{order.channel.name}</div>
            </td>
            <td>{order.company.name}</td>
            <td>{format.dateTime(order.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
            <td>
              <StatusBadge status={order.status} />
            </td>
            <td className="num">{format.number(Number(order.totalGross), { style: "currency", currency: "PLN" })}</td>
            <td>{order.paidAt ? t("paid") : t("unpaid")}</td>
            <td>
              <ErpBadge state={erpStateOf(order.erpState)} />
              {[order.erpOrderNumber, order.erpSaleNumber].filter(Boolean).map((number) => (
                <div key={number} className="mono">
                  {number}
                </div>
              ))}
              {order.erpState === "FAILED" && order.lastError && (
                <div className="field-error">
                  {erpErrorText(
                    t,
                    storedProblem({ code: order.lastErrorCode, params: order.lastErrorParams, text: order.lastError }),
                  )}
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
