import { getTranslations } from "next-intl/server";

type TArea = "integrations" | "agents" | "orders" | "sync" | "reports";

/** The navigation shows every area of the product; those not built yet say so plainly. */
export async function AreaPlaceholder({ area }: { area: TArea }) {
  const t = await getTranslations();
  return (
    <section className="panel">
      <h1>{t(`nav.${area}`)}</h1>
      <p>{t(`area.${area}`)}</p>
      <p className="muted">{t("area.notYet")}</p>
    </section>
  );
}
