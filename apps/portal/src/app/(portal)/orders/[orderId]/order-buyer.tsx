import { getTranslations } from "next-intl/server";
import type { TStaffOrder } from "@/server/orders/get-staff-order.ts";

/** Who bought, where it goes, how it is paid and which document they want. */
export async function OrderBuyer({ order }: { order: TStaffOrder }) {
  const t = await getTranslations("orders.buyer");
  const { buyer } = order;
  const address = `${buyer.address.street}, ${buyer.address.postalCode} ${buyer.address.city}, ${buyer.address.country}`;
  return (
    <section className="panel" aria-labelledby="order-buyer">
      <h2 id="order-buyer">{t("title")}</h2>
      <dl className="facts">
        <dt>{t("name")}</dt>
        <dd>{buyer.name}</dd>
        {buyer.companyName && (
          <>
            <dt>{t("company")}</dt>
            <dd>{buyer.companyName}</dd>
          </>
        )}
        {buyer.nip && (
          <>
            <dt>{t("nip")}</dt>
            <dd>{buyer.nip}</dd>
          </>
        )}
        <dt>{t("email")}</dt>
        <dd>
          <a href={`mailto:${buyer.email}`}>{buyer.email}</a>
        </dd>
        <dt>{t("phone")}</dt>
        <dd>{buyer.phone || "—"}</dd>
        <dt>{t("address")}</dt>
        <dd>{address}</dd>
        <dt>{t("delivery")}</dt>
        <dd className="mono">{order.deliveryMethod}</dd>
        <dt>{t("payment")}</dt>
        <dd className="mono">{order.paymentMethod}</dd>
        <dt>{t("document")}</dt>
        <dd>{t(order.view.document)}</dd>
        {order.notes && (
          <>
            <dt>{t("notes")}</dt>
            <dd>{order.notes}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
