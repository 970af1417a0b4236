import { getFormatter, getTranslations } from "next-intl/server";
import type { TStaffOrder } from "@/server/orders/get-staff-order.ts";
import { ComplaintButtons } from "./complaint-buttons.tsx";

/** Returns (a correction in the ERP) and complaints (a status staff move), as the channel sent them. */
export async function OrderReturns({ order }: { order: TStaffOrder }) {
  const [t, format] = [await getTranslations("orders.returns"), await getFormatter()];
  const label = (status: string) => (t.has(`status.${status}`) ? t(`status.${status}`) : status);
  return (
    <section className="panel" aria-labelledby="order-returns">
      <h2 id="order-returns">{t("title")}</h2>
      {order.returns.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {(["kind", "created", "reason", "lines", "status", "document", "actions"] as const).map((key) => (
                <th key={key}>{t(`columns.${key}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.returns.map((entry) => (
              <tr key={entry.id} data-testid={`return-${entry.id}`}>
                <td>{t(`kind.${entry.kind}`)}</td>
                <td>{format.dateTime(entry.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
                <td>{entry.reason}</td>
                <td className="mono">
                  {entry.lines.map((line) => `${line.sku} × ${format.number(line.quantity)}`).join(", ") || "—"}
                </td>
                <td>
                  <span className="badge badge-off" data-status={entry.status}>
                    {label(entry.status)}
                  </span>
                </td>
                <td className="mono">{entry.erpDocumentNumber ?? "—"}</td>
                <td>
                  {entry.next.length > 0 && (
                    <ComplaintButtons
                      orderId={order.view.id}
                      complaintId={entry.id}
                      next={entry.next.map((status) => ({ status, label: label(status) }))}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
