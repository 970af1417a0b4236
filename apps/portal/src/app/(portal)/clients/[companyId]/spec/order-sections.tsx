import type { TSferaCheck } from "@erp-bridge/shared";
import { getTranslations } from "next-intl/server";
import { WRITER_DOCUMENTS, type TIntegrationSettings } from "@/server/settings/integration-settings.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import { SaleDocumentsSpec } from "./sale-documents-spec.tsx";

/**
 * The specification's order-writing sections: mappings, document flow, who issues the documents,
 * sale documents and credit holds. Only an integration whose ERP takes orders has them (issue 19.5).
 */
export async function OrderSections(props: { settings: TIntegrationSettings; sferaCheck: TSferaCheck | null }) {
  const [t, integrationWords] = [await getTranslations("spec"), await getTranslations("integration")];
  const { settings } = props;
  // Versions saved before payment kinds were checked may hold other words: shown as they are.
  const paymentKind = (name: string) =>
    integrationWords.has(`paymentKinds.${name}`) ? integrationWords(`paymentKinds.${name}`) : name;
  const label = (id: number) => warehouseLabel(settings.warehouses, id);
  const stores = settings.warehouses.filter((w) => w.role === "store").map((w) => label(w.erpId));
  const list = (items: string[]) => (items.length ? items.join(", ") : t("empty"));
  return (
    <>
      <h3>{t("mappings")}</h3>
      <dl>
        <dt>{t("vat")}</dt>
        <dd>{list(settings.vatMapping.map((m) => `${m.channelRate} → #${m.erpVatRateId}`))}</dd>
        <dt>{t("units")}</dt>
        <dd>{list(settings.unitMapping.map((m) => `${m.channelUnit} → ${m.erpUnitCode}`))}</dd>
        <dt>{t("payments")}</dt>
        <dd>{list(settings.paymentMethods.map((m) => `${m.channelCode} → ${paymentKind(m.erpName)}`))}</dd>
        <dt>{t("deliveries")}</dt>
        <dd>
          {list(
            settings.deliveryMethods.map(
              (m) =>
                `${m.channelCode} → ${integrationWords(`deliveryKinds.${m.kind}`)}${m.showroomWarehouseId ? ` (${label(m.showroomWarehouseId)})` : ""}`,
            ),
          )}
        </dd>
        <dt>{t("statuses")}</dt>
        <dd>{list(settings.orderStatusMapping.map((m) => `${m.channelStatus} → ${m.portalStatus}`))}</dd>
      </dl>

      <h3>{t("flows")}</h3>
      <ul>
        <li>
          {t("flowCourier", {
            stores: list(stores),
            document: `${t("saleInvoice")}, ${t("saleWithoutNip", { kind: settings.saleDocumentWithoutNip })}`,
          })}
        </li>
        <li>
          {t("flowPickup", {
            transfer: settings.clickAndCollect === "transfer" ? t("transfer") : t("statusesOnly"),
          })}
        </li>
      </ul>

      <h3>{t("writersTitle")}</h3>
      <ul>
        {WRITER_DOCUMENTS.map((document) => (
          <li key={document}>
            {t("writerLine", {
              document: integrationWords(`writers.documents.${document}`),
              writer: integrationWords(`writers.names.${settings.writers[document]}`),
            })}
          </li>
        ))}
      </ul>

      <SaleDocumentsSpec settings={settings} sferaCheck={props.sferaCheck} />

      <h3>{t("creditHoldsTitle")}</h3>
      <p data-testid="spec-credit-holds" data-policy={settings.creditHolds.policy}>
        {t("creditHolds", {
          policy: settings.creditHolds.policy,
          overLimit: settings.creditHolds.overLimit ? "yes" : "no",
          overdue: settings.creditHolds.overdueDays === null ? "no" : "yes",
          both: settings.creditHolds.overLimit && settings.creditHolds.overdueDays !== null ? "yes" : "no",
          days: settings.creditHolds.overdueDays ?? 0,
        })}
      </p>
    </>
  );
}
