import { getTranslations } from "next-intl/server";
import { DATA_GROUP_KEYS, type TIntegrationSettings } from "@/server/settings/integration-settings.ts";

/**
 * What each enabled data group brings from the ERP for the channels: the product card (with the
 * custom fields this version publishes, under their names), prices, stock with planned
 * deliveries, customers and documents.
 */
export async function SyncedDataSpec(props: { settings: TIntegrationSettings }) {
  const [t, groups] = [await getTranslations("spec.synced"), await getTranslations("dataGroups")];
  const { settings } = props;
  const chosen = settings.productCustomFields.map((f) => t("customField", { n: f.field, name: f.name }));
  const enabled = DATA_GROUP_KEYS.filter((key) => settings.dataGroups[key].enabled);
  return (
    <>
      <h3>{t("title")}</h3>
      {enabled.length === 0 ? (
        <p>{t("nothing")}</p>
      ) : (
        <dl data-testid="spec-synced-data">
          {enabled.map((key) => (
            <div key={key}>
              <dt>{groups(key)}</dt>
              <dd>
                {t(key)}
                {key === "products" &&
                  ` ${t("customFields", { fields: chosen.length > 0 ? chosen.join(", ") : t("noCustomFields") })}`}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
