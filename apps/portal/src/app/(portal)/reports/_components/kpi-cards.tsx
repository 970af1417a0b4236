import { getFormatter, getTranslations } from "next-intl/server";
import type { getSalesSummary } from "@/server/insight/reports/get-sales-summary.ts";
import { changePct, type TMeasures } from "@/server/insight/reports/report-measures.ts";
import { PLN } from "./format-cell.ts";
import styles from "../reports.module.css";

type TSummary = Awaited<ReturnType<typeof getSalesSummary>>;
const CARDS = ["net", "gross", "margin", "marginPct", "documents", "avgBasket", "quantity"] as const;
/** From a million up a card reads "12,35 mln zł" (the exact amount in its tooltip): it fits a phone. */
const COMPACT_FROM = 1_000_000;

/** The period's headline figures, each with its change against the previous period and a year ago. */
export async function KpiCards(props: { summary: TSummary }) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const money = (value: number, exact: boolean) =>
    format.number(
      value,
      !exact && Math.abs(value) >= COMPACT_FROM
        ? { ...PLN, notation: "compact", maximumFractionDigits: 2 }
        : { ...PLN, maximumFractionDigits: exact ? 2 : 0, minimumFractionDigits: exact ? 2 : 0 },
    );
  const show = (key: keyof TMeasures, value: number | null, exact = false) =>
    value === null
      ? "—"
      : key === "marginPct"
        ? `${format.number(value, { maximumFractionDigits: 1 })} %`
        : key === "documents" || key === "quantity"
          ? format.number(value, { maximumFractionDigits: exact ? 4 : 0 })
          : money(value, exact);
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
        const value = props.summary.current[key];
        return (
          <div key={key} className={styles.kpi} data-kpi={key} data-value={value ?? ""}>
            <div className="muted">{t(`columns.${key}`)}</div>
            <div className={styles.kpiValue} title={show(key, value, true)}>
              {show(key, value)}
            </div>
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
