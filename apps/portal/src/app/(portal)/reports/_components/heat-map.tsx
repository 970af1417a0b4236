import { getFormatter, getTranslations } from "next-intl/server";
import type { getMarginHeatmap } from "@/server/insight/reports/get-margin-heatmap.ts";
import styles from "../reports.module.css";

type THeatmap = Awaited<ReturnType<typeof getMarginHeatmap>>;

/** Red below zero, through pale to green at 40 % and above. */
function shade(marginPct: number | null): string {
  if (marginPct === null) return "transparent";
  if (marginPct < 0) return `rgba(180, 35, 24, ${Math.min(0.85, 0.25 + -marginPct / 40)})`;
  return `rgba(6, 118, 71, ${Math.min(0.75, 0.08 + marginPct / 55)})`;
}

/** Margin percent by product group (rows) and point of contact (columns). */
export async function HeatMap(props: { heatmap: THeatmap }) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const { groups, contacts, cells } = props.heatmap;
  if (groups.length === 0) return <p className="muted">{t("table.empty")}</p>;
  return (
    <div className={styles.scroll}>
      <table className={styles.heatmap} data-testid="heat-map">
        <thead>
          <tr>
            <th>{t("columns.group")}</th>
            {contacts.map((c) => (
              <th key={c.key}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.label}</th>
              {contacts.map((c) => {
                const cell = cells.find((x) => x.group === g.key && x.contact === c.key);
                const pct = cell?.marginPct ?? null;
                return (
                  <td
                    key={c.key}
                    style={{ background: shade(pct) }}
                    title={
                      cell
                        ? `${format.number(cell.net, { maximumFractionDigits: 0 })} / ${format.number(cell.margin, { maximumFractionDigits: 0 })}`
                        : undefined
                    }
                  >
                    {pct === null ? "—" : `${format.number(pct, { maximumFractionDigits: 1 })} %`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
