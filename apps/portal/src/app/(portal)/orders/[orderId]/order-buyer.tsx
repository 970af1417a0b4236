import { getTranslations } from "next-intl/server";
import type { TStaffOrder } from "@/server/orders/get-staff-order.ts";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import { deliveryKindOf, paymentKindOf } from "@/server/settings/order-method-kinds.ts";

/** Who bought, where it goes, how it is paid and which document they want. */
export async function OrderBuyer({ order, settings }: { order: TStaffOrder; settings: TIntegrationSettings }) {
  const [t, words] = [await getTranslations("orders.buyer"), await getTranslations("integration")];
  const delivery = deliveryKindOf(settings, order.deliveryMethod);
  const payment = paymentKindOf(settings, order.paymentMethod);
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
        <dd data-testid="order-delivery">
          <MethodWords words={delivery && words(`deliveryKinds.${delivery}`)} code={order.deliveryMethod} />
        </dd>
        <dt>{t("payment")}</dt>
        <dd data-testid="order-payment">
          <MethodWords words={payment && words(`paymentKinds.${payment}`)} code={order.paymentMethod} />
        </dd>
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

/** The method in words; the channel's own code beside it (what its API sent), or alone when unknown. */
async function MethodWords({ words, code }: { words: string | null; code: string }) {
  const t = await getTranslations("orders.buyer");
  if (!words) return <span className="mono">{code}</span>;
  if (words.toLowerCase() === code.toLowerCase()) return words;
  return (
    <>
      {words}{" "}
      <span className="muted" lang="und">
        ({t("channelCode", { code })})
      </span>
    </>
  );
}
