import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TTable } from "@/server/insight/reports/report-table.ts";
import { formatCell } from "./format-cell.ts";
import { withQuery, type TSearchParams } from "./query.ts";
import styles from "../reports.module.css";

/**
 * A report table: headers sort it (in the URL, so a shared link shows the same order), a search
 * box narrows it, and CSV / XLSX links download every row with the same filters.
 */
export async function ReportTable(props: {
  id: string;
  title: string;
  table: TTable;
  companyId: string;
  report: string;
  searchParams: TSearchParams;
  /** Extra query for this table's report and export (e.g. by=product). */
  query?: Record<string, string>;
  /** Links a row's first cell (e.g. to narrow the reports to it). */
  rowHref?: (row: TTable["rows"][number]) => string | null;
  searchable?: boolean;
  sortable?: boolean;
  /** Rows to mark (e.g. a negative or falling margin). */
  flagged?: (row: TTable["rows"][number]) => boolean;
}) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const params = { ...props.searchParams, ...props.query };
  const exportHref = (kind: string) =>
    `/api/reports/${props.companyId}/${props.report}/export${withQuery(params, { format: kind })}`;
  const currentSort = typeof params.sort === "string" ? params.sort : undefined;
  const currentDir = params.dir === "asc" ? "asc" : "desc";
  const [first] = props.table.columns;
  return (
    <section className="panel" aria-labelledby={`${props.id}-title`} data-testid={props.id}>
      <div className={styles.tableHead}>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <div className={styles.exports}>
          <a href={exportHref("csv")} download>
            {t("export.csv")}
          </a>
          <a href={exportHref("xlsx")} download>
            {t("export.xlsx")}
          </a>
        </div>
      </div>
      {props.searchable && (
        <form className="inline-form" method="get" role="search">
          {Object.entries(params).map(([key, value]) =>
            typeof value === "string" && key !== "q" ? (
              <input key={key} type="hidden" name={key} value={value} />
            ) : null,
          )}
          <label>
            {t("table.search")}
            <input name="q" defaultValue={typeof params.q === "string" ? params.q : ""} />
          </label>
          <button type="submit" className="secondary">
            {t("table.filter")}
          </button>
        </form>
      )}
      {props.table.rows.length === 0 ? (
        <p className="muted">{t("table.empty")}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                {props.table.columns.map((column) => {
                  const title = column.text ?? t(`columns.${column.key}`);
                  const active = currentSort === column.key;
                  const dir = active && currentDir === "desc" ? "asc" : "desc";
                  return (
                    <th
                      key={column.key}
                      className={column.kind === "text" || column.kind === "date" ? undefined : styles.num}
                      aria-sort={active ? (currentDir === "asc" ? "ascending" : "descending") : undefined}
                    >
                      {props.sortable === false ? (
                        title
                      ) : (
                        <Link href={withQuery(params, { sort: column.key, dir })} scroll={false}>
                          {title}
                          {active ? (currentDir === "asc" ? " ▲" : " ▼") : ""}
                        </Link>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {props.table.rows.map((row, index) => {
                const href = props.rowHref?.(row) ?? null;
                return (
                  <tr key={String(row.key ?? index)} className={props.flagged?.(row) ? styles.flagged : undefined}>
                    {props.table.columns.map((column) => {
                      const value = row[column.key] ?? null;
                      const text = formatCell(format, column.kind, typeof value === "boolean" ? null : value);
                      const numeric = column.kind !== "text" && column.kind !== "date";
                      return (
                        <td
                          key={column.key}
                          className={numeric ? styles.num : undefined}
                          data-column={column.key}
                          data-value={typeof value === "number" ? value : undefined}
                        >
                          {href && column === first ? <Link href={href}>{text}</Link> : text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {props.table.total > props.table.rows.length && (
        <p className="muted">{t("table.shown", { shown: props.table.rows.length, total: props.table.total })}</p>
      )}
    </section>
  );
}
