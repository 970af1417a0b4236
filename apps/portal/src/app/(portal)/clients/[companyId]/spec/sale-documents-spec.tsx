import type { TSferaCheck } from "@erp-bridge/shared";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TIntegrationSettings } from "@/server/settings/integration-settings.ts";

/**
 * The specification's word on sale documents: who issues FS, PA and KFS and what that means for
 * fiscal receipts, KSeF and settlements; and, with Sfera chosen, the agent's last Sfera check.
 */
export async function SaleDocumentsSpec(props: { settings: TIntegrationSettings; sferaCheck: TSferaCheck | null }) {
  const [t, format] = [await getTranslations("spec.saleDocuments"), await getFormatter()];
  const { settings, sferaCheck } = props;
  const bySql = settings.writers.sale === "sql" || settings.writers.return === "sql";
  const meaning =
    settings.saleDocuments === "erp"
      ? "erp"
      : !bySql
        ? "sfera"
        : settings.sqlSalesChosen
          ? "sqlChosen"
          : "sqlNotChosen";
  const sfera = Object.values(settings.writers).includes("sfera");
  const verdict = !sferaCheck ? "never" : !sferaCheck.configured ? "notConfigured" : sferaCheck.ok ? "ready" : "failed";
  return (
    <>
      <h3>{t("title")}</h3>
      <p data-testid="spec-sale-documents" data-policy={meaning}>
        {t(meaning)}
      </p>
      {sfera && (
        <>
          <h4>{t("sferaCheck")}</h4>
          <p data-testid="spec-sfera-check" data-verdict={verdict}>
            {t(`sferaVerdict.${verdict}`)}
            {sferaCheck &&
              ` (${format.dateTime(new Date(sferaCheck.checkedAt), { dateStyle: "short", timeStyle: "short" })})`}
          </p>
          {sferaCheck && sferaCheck.lines.length > 0 && <pre className="mono">{sferaCheck.lines.join("\n")}</pre>}
        </>
      )}
    </>
  );
}
