import { getFormatter, getTranslations } from "next-intl/server";
import type { TStaffOrder } from "@/server/orders/get-staff-order.ts";
import { erpErrorText } from "../_components/erp-error-text.ts";
import { ErpBadge } from "../_components/order-badges.tsx";
import { ErpButtons } from "./erp-buttons.tsx";

/** What the ERP holds of the order (customer, ZK, FS/PA, MM), its state, and why it stopped. */
export async function OrderErp({ order }: { order: TStaffOrder }) {
  const [t, errors, format] = [
    await getTranslations("orders.erp"),
    await getTranslations("orders"),
    await getFormatter(),
  ];
  const { erp } = order.view;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "medium" });
  const customer = order.erp.customerSymbol ?? (erp.customerId === null ? null : `#${erp.customerId}`);
  // While pending the stored error is the passing one being retried; once failed it is the refusal.
  const problem = ["idle", "awaiting_erp", "held"].includes(erp.state) ? null : order.erp.lastError;
  // Not an error: the operator issues this document in Subiekt; the stored words say which.
  const awaiting = erp.state === "awaiting_erp" ? order.erp.lastError : null;
  // Held by the credit rule for staff to decide: the reason in words, and the release button.
  const held = erp.state === "held" ? order.erp.lastError : null;
  const released = order.erp.holdReleased;
  return (
    <section className="panel" aria-labelledby="order-erp">
      <h2 id="order-erp">{t("title")}</h2>
      <dl className="facts">
        <dt>{t("state")}</dt>
        <dd>
          <ErpBadge state={erp.state} />
        </dd>
        <dt>{t("customer")}</dt>
        <dd className="mono" data-testid="erp-customer">
          {customer ?? "—"}
        </dd>
        <dt>{t("order")}</dt>
        <dd className="mono" data-testid="erp-order-number">
          {erp.orderNumber ?? "—"}
        </dd>
        <dt>{t("sale")}</dt>
        <dd className="mono" data-testid="erp-sale-number">
          {erp.saleDocument ? `${erp.saleDocument.number}` : "—"}
        </dd>
        <dt>{t("transfer")}</dt>
        <dd className="mono" data-testid="erp-transfer-number">
          {erp.transferNumber ?? "—"}
        </dd>
        {awaiting && (
          <>
            <dt>{t("awaiting")}</dt>
            <dd className="notice" data-testid="erp-awaiting">
              {erpErrorText(errors, awaiting)}
            </dd>
          </>
        )}
        {held && (
          <>
            <dt>{t("held")}</dt>
            <dd className="field-error" data-testid="erp-held">
              {erpErrorText(errors, held)}
            </dd>
          </>
        )}
        {released && (
          <>
            <dt>{t("releasedTitle")}</dt>
            <dd data-testid="erp-released">{t("releasedBy", { who: released.by, when: when(released.at) })}</dd>
          </>
        )}
        {problem && (
          <>
            <dt>{t("lastError")}</dt>
            <dd>
              <span className="field-error" data-testid="erp-error">
                {erpErrorText(errors, problem)}
              </span>
              {order.erp.lastErrorAt && <span className="muted"> ({when(order.erp.lastErrorAt)})</span>}
              <details>
                <summary>{t("details")}</summary>
                <code className="mono">{problem.text}</code>
              </details>
            </dd>
          </>
        )}
        {erp.state === "pending" && order.erp.nextAttemptAt && (
          <>
            <dt>{t("nextAttempt")}</dt>
            <dd>{when(order.erp.nextAttemptAt)}</dd>
          </>
        )}
      </dl>
      <ErpButtons
        orderId={order.view.id}
        failed={erp.state === "failed"}
        held={erp.state === "held"}
        orderTotal={order.view.totalGross}
      />
    </section>
  );
}
