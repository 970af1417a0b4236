import { getFormatter, getTranslations } from "next-intl/server";
import type { getSalesSummary } from "@/server/insight/reports/get-sales-summary.ts";
import { changePct, type TMeasures } from "@/server/insight/reports/report-measures.ts";
import styles from "../reports.module.css";

type TSummary = Awaited<ReturnType<typeof getSalesSummary>>;
const CARDS = ["net", "gross", "margin", "marginPct", "documents", "avgBasket", "quantity"] as const;

/** The period's headline figures, each with its change against the previous period and a year ago. */
export async function KpiCards(props: { summary: TSummary }) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const show = (key: keyof TMeasures, value: number | null) =>
    value === null
      ? "—"
      : key === "marginPct"
        ? `${format.number(value, { maximumFractionDigits: 1 })} %`
        : key === "documents" || key === "quantity"
          ? format.number(value, { maximumFractionDigits: 0 })
          : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const change = (key: keyof TMeasures, before: TMeasures) => {
    const [now, then] = [props.summary.current[key], before[key]];
    if (now === null || then === null) return null;
    return key === "marginPct" ? Math.round((now - then) * 10) / 10 : changePct(now, then);
  };
  const delta = (value: number | null, unit: string) =>
    value === null ? "—" : `${value > 0 ? "+" : ""}${format.number(value, { maximumFractionDigits: 1 })} ${unit}`;
  return (
    <div className={styles.kpis} data-testid="kpis">
      {CARDS.map((key) => {
        const unit = key === "marginPct" ? t("kpi.pp") : "%";
        const [vsPrev, vsYear] = [change(key, props.summary.previous), change(key, props.summary.lastYear)];
        return (
          <div key={key} className={styles.kpi} data-kpi={key} data-value={props.summary.current[key] ?? ""}>
            <div className="muted">{t(`columns.${key}`)}</div>
            <div className={styles.kpiValue}>{show(key, props.summary.current[key])}</div>
            <div className={styles.kpiDelta}>
              <span className={(vsPrev ?? 0) < 0 ? styles.down : styles.up}>{delta(vsPrev, unit)}</span>{" "}
              {t("kpi.vsPrevious")}
            </div>
            <div className={styles.kpiDelta}>
              <span className={(vsYear ?? 0) < 0 ? styles.down : styles.up}>{delta(vsYear, unit)}</span>{" "}
              {t("kpi.vsLastYear")}
            </div>
          </div>
        );
      })}
    </div>
  );
}
