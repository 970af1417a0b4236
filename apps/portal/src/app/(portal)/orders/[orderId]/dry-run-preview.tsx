"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { dryRunOrder } from "@/server/orders/dry-run-order.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { erpErrorText } from "../_components/erp-error-text.ts";

type TResult = Awaited<ReturnType<typeof dryRunOrder>>;

/** The ZK the ERP would write now: its number, warehouses, lines, totals and warnings; or why not. */
export function DryRunPreview({ result, orderTotal }: { result: TResult; orderTotal: number }) {
  const t = useTranslations("orders.dryRun");
  const orders = useTranslations("orders");
  const format = useFormatter();
  if (!result.ok) {
    return (
      <div className="panel dry-run" role="alert" aria-label={t("title")}>
        <h3>{t("title")}</h3>
        <p className="form-error" data-testid="dry-run-problem">
          {t("problem", { problem: erpErrorText(orders, { problem: result.problem, text: "" }) })}
        </p>
      </div>
    );
  }
  const { customer, order } = result.preview;
  const money = (value: number) => format.number(value, { style: "currency", currency: "PLN" });
  const warehouse = (id: number | null) => (id === null ? "—" : warehouseLabel(result.warehouses, id));
  // The ERP prices from net unit prices in grosze: a total off by more than rounding is worth a look.
  const differs = Math.abs(order.totals.gross - orderTotal) >= 0.01;
  return (
    <div className="panel dry-run" role="status" aria-label={t("title")}>
      <h3>{t("title")}</h3>
      <p className="muted">{order.created ? t("intro") : t("existing")}</p>
      <dl className="facts">
        <dt>{t("number")}</dt>
        <dd className="mono" data-testid="dry-run-number">
          {order.number}
        </dd>
        <dt>{t("customer")}</dt>
        <dd className="mono">
          {customer.symbol} {customer.created && <span className="badge badge-wait">{t("newCustomer")}</span>}
        </dd>
        <dt>{t("warehouse")}</dt>
        <dd>{warehouse(order.warehouseId)}</dd>
        <dt>{t("net")}</dt>
        <dd>{money(order.totals.net)}</dd>
        <dt>{t("vat")}</dt>
        <dd>{money(order.totals.vat)}</dd>
        <dt>{t("gross")}</dt>
        <dd>
          <strong>{money(order.totals.gross)}</strong>
        </dd>
      </dl>
      <div className="table-scroll">
        <table aria-label={t("lines")}>
          <thead>
            <tr>
              <th>{t("sku")}</th>
              <th className="num">{t("quantity")}</th>
              <th>{t("warehouse")}</th>
              <th className="num">{t("net")}</th>
              <th className="num">{t("gross")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line, index) => (
              <tr key={index}>
                <td className="mono">{line.sku}</td>
                <td className="num">{format.number(line.quantity)}</td>
                <td>{warehouse(line.warehouseId)}</td>
                <td className="num">{money(line.net)}</td>
                <td className="num">{money(line.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {differs && (
        <p className="form-error" data-testid="dry-run-total-differs">
          {t("totalDiffers", { erp: money(order.totals.gross), order: money(orderTotal) })}
        </p>
      )}
      {order.warnings.length > 0 && (
        <>
          <h4>{t("warnings")}</h4>
          <ul>
            {order.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
