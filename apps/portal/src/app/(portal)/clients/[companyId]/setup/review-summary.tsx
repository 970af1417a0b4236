"use client";

import { useTranslations } from "next-intl";
import { DATA_GROUP_KEYS } from "@/server/settings/integration-settings.ts";
import { warehouseLabel } from "@/server/settings/warehouse-label.ts";
import type { TSettingsForm } from "../integration/settings-form.ts";

/** What the save will make the integration, in the words of the specification it becomes. */
export function ReviewSummary({ form, agentName }: { form: TSettingsForm; agentName: string }) {
  const spec = useTranslations("spec");
  const words = useTranslations("integration");
  const groups = useTranslations("dataGroups");
  const t = useTranslations("setup");
  const list = (items: string[]) => (items.length > 0 ? items.join(", ") : spec("empty"));
  const warehouses = (role: string) =>
    list(form.warehouses.filter((w) => w.role === role).map((w) => warehouseLabel(form.warehouses, w.erpId)));
  const paymentKind = (name: string) => (words.has(`paymentKinds.${name}`) ? words(`paymentKinds.${name}`) : name);
  const enabled = DATA_GROUP_KEYS.filter((key) => form.dataGroups[key].enabled).map(
    (key) => `${groups(key)} (${spec("seconds", { n: form.dataGroups[key].intervalSeconds })})`,
  );
  return (
    <dl className="panel facts" aria-label={t("review.summary")}>
      <dt>{t("steps.agent")}</dt>
      <dd>{agentName}</dd>
      <dt>{spec("scope")}</dt>
      <dd>{list(enabled)}</dd>
      <dt>{spec("warehouses")}</dt>
      <dd>
        {spec("roles.store")}: {warehouses("store")}; {spec("roles.showroom")}: {warehouses("showroom")}
      </dd>
      <dt>{spec("identification")}</dt>
      <dd>{spec(`identifiers.${form.productIdentifier}`)}</dd>
      <dt>{words("saleDocumentWithoutNip")}</dt>
      <dd>{words(`choices.saleDocumentWithoutNip.${form.saleDocumentWithoutNip}`)}</dd>
      <dt>{words("clickAndCollect")}</dt>
      <dd>{words(`choices.clickAndCollect.${form.clickAndCollect}`)}</dd>
      <dt>{spec("payments")}</dt>
      <dd>{list(form.paymentMethods.map((m) => `${m.channelCode} → ${paymentKind(m.erpName)}`))}</dd>
      <dt>{spec("deliveries")}</dt>
      <dd>{list(form.deliveryMethods.map((d) => `${d.channelCode} → ${words(`deliveryKinds.${d.kind}`)}`))}</dd>
    </dl>
  );
}
