import { useTranslations } from "next-intl";

/**
 * Where orders and their writers would be configured, a read-only ERP's integration says why there
 * is nothing to set (issue 19.5: orders into Comarch ERP Optima come later, through its own writer).
 */
export function ReadOnlyNotice() {
  const t = useTranslations("integration");
  return (
    <section className="panel" data-testid="read-only-erp" aria-label={t("readOnlyTitle")}>
      <h3>{t("readOnlyTitle")}</h3>
      <p>{t("readOnlyText")}</p>
    </section>
  );
}
