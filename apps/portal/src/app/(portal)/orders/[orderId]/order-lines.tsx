import { getFormatter, getTranslations } from "next-intl/server";
import type { TStaffOrder } from "@/server/orders/get-staff-order.ts";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import { paymentKindOf } from "@/server/settings/order-method-kinds.ts";

/** The goods, the total, and the payments against it. */
export async function OrderLines({ order, settings }: { order: TStaffOrder; settings: TIntegrationSettings }) {
  const [t, words, format] = [
    await getTranslations("orders.lines"),
    await getTranslations("integration"),
    await getFormatter(),
  ];
  const method = (code: string) => {
    const kind = paymentKindOf(settings, code);
    return kind ? words(`paymentKinds.${kind}`) : code;
  };
  const money = (value: number) => format.number(value, { style: "currency", currency: order.currency });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  const { view } = order;
  return (
    <section className="panel" aria-labelledby="order-lines">
      <h2 id="order-lines">{t("title")}</h2>
      <table>
        <thead>
          <tr>
            <th>{t("sku")}</th>
            <th>{t("name")}</th>
            <th className="num">{t("quantity")}</th>
            <th className="num">{t("unitGross")}</th>
            <th className="num">{t("vat")}</th>
            <th className="num">{t("gross")}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.lineNo}>
              <td className="mono">{line.sku}</td>
              <td>{line.name}</td>
              <td className="num">{format.number(line.quantity)}</td>
              <td className="num">{money(line.unitGross)}</td>
              <td className="num">
                {format.number(line.vatRate / 100, { style: "percent", maximumFractionDigits: 2 })}
              </td>
              <td className="num">{money(Math.round(line.quantity * line.unitGross * 100) / 100)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={5}>{t("total")}</th>
            <td className="num" data-testid="order-total">
              <strong>{money(view.totalGross)}</strong>
            </td>
          </tr>
          <tr>
            <th colSpan={5}>{t("paid")}</th>
            <td className="num" data-testid="order-paid">
              {money(view.paidAmount)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className={view.paidAt ? "notice" : "muted"} data-testid="order-paid-state">
        {paymentState({ t, order, money, when })}
      </p>
      <h3>{t("payments")}</h3>
      {order.payments.length === 0 ? (
        <p className="muted">{t("noPayments")}</p>
      ) : (
        <table aria-label={t("payments")}>
          <thead>
            <tr>
              <th>{t("date")}</th>
              <th>{t("method")}</th>
              <th>{t("reference")}</th>
              <th className="num">{t("amount")}</th>
            </tr>
          </thead>
          <tbody>
            {order.payments.map((payment) => (
              <tr key={payment.id}>
                <td>{when(payment.paidAt)}</td>
                <td>{method(payment.method)}</td>
                <td className="mono">{payment.reference}</td>
                <td className="num">{money(payment.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * One sentence that agrees with the payments listed below it: paid in full only when the payments
 * recorded here cover the total; an order the channel marked paid without them says so.
 */
function paymentState(options: {
  t: Awaited<ReturnType<typeof getTranslations<"orders.lines">>>;
  order: TStaffOrder;
  money: (value: number) => string;
  when: (date: Date) => string;
}): string {
  const { t, order, money } = options;
  const recorded = order.payments.reduce((sum, payment) => sum + payment.amount, 0);
  const amounts = { paid: money(recorded), total: money(order.view.totalGross) };
  const paidAt = order.view.paidAt && options.when(new Date(order.view.paidAt));
  if (paidAt && recorded >= order.view.totalGross) return t("paidAt", { date: paidAt });
  if (paidAt && order.payments.length === 0) return t("markedPaid", { date: paidAt });
  if (paidAt) return t("markedPaidPartly", { date: paidAt, ...amounts });
  return recorded > 0 ? t("partlyPaid", amounts) : t("notPaid");
}
