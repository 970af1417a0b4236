import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { TTable } from "@/server/insight/reports/report-table.ts";
import { ColumnPicker } from "./column-picker.tsx";
import { formatCell } from "./format-cell.ts";
import { withQuery, type TSearchParams } from "./query.ts";
import { columnsParam, visibleColumns } from "./visible-columns.ts";
import styles from "../reports.module.css";

type TRow = TTable["rows"][number];

/** Rows a page's table shows at once; the rest are a page away (the exports hold every row). */
export const REPORT_PAGE_ROWS = 50;

/** Only the props that have a value: React's payload writes even an undefined one out ("$undefined"). */
function defined<T extends Record<string, unknown>>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * A report table: headers sort it (in the URL, so a shared link shows the same order), a search
 * box narrows it, and CSV / XLSX links download every row and column with the same filters. It
 * shows the columns that fit its panel (`defaultColumns`) and says which it hides; the user can
 * show them.
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
  /** The columns shown until the user chooses (all when left out). */
  defaultColumns?: string[];
  /** Links a cell (e.g. a row's name, to narrow the reports to it). */
  cellHref?: (row: TRow, column: string) => string | null;
  /** An anchor for a row, for links within the table. */
  rowId?: (row: TRow) => string;
  /** Words after a row's first cell (e.g. a month the period cuts short). */
  rowNote?: (row: TRow) => string | null;
  searchable?: boolean;
  sortable?: boolean;
  /** Rows to mark (e.g. a negative or falling margin). */
  flagged?: (row: TRow) => boolean;
}) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const params = { ...props.searchParams, ...props.query };
  const exportHref = (kind: string) =>
    `/api/reports/${props.companyId}/${props.report}/export${withQuery(params, { format: kind })}`;
  const currentSort = typeof params.sort === "string" ? params.sort : undefined;
  const currentDir = params.dir === "asc" ? "asc" : "desc";
  const titleOf = (column: TTable["columns"][number]) => column.text ?? t(`columns.${column.key}`);
  const choice = { tableId: props.id, columns: props.table.columns, defaults: props.defaultColumns };
  const visible = visibleColumns({ ...choice, searchParams: props.searchParams });
  const columns = props.table.columns.filter((c) => visible.includes(c.key));
  const [first] = columns;
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
            typeof value === "string" && key !== "q" && key !== "page" ? (
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
      {props.table.columns.length > 1 && (
        <ColumnPicker
          param={columnsParam(props.id)}
          columns={props.table.columns.map((c) => ({ key: c.key, title: titleOf(c) }))}
          visible={visible}
          defaults={visibleColumns({ ...choice, searchParams: {} })}
          labels={{ columns: t("table.columns"), hidden: t("table.hidden"), none: t("table.noneHidden") }}
        />
      )}
      {props.table.rows.length === 0 ? (
        <p className="muted">{t("table.empty")}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                {columns.map((column) => {
                  const title = titleOf(column);
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
              {props.table.rows.map((row, index) => (
                <tr
                  key={String(row.key ?? index)}
                  {...defined({ id: props.rowId?.(row), className: props.flagged?.(row) ? styles.flagged : undefined })}
                >
                  {columns.map((column) => {
                    const value = row[column.key] ?? null;
                    const text = formatCell(format, column, typeof value === "boolean" ? null : value);
                    const href = props.cellHref?.(row, column.key) ?? null;
                    const note = column === first ? (props.rowNote?.(row) ?? null) : null;
                    const content = href ? <Link href={href}>{text}</Link> : text;
                    // Figures carry no class (the table right-aligns them): 200 rows of cells travel
                    // twice, as HTML and in the React payload, so each byte of a cell counts.
                    return (
                      <td
                        key={column.key}
                        data-column={column.key}
                        {...defined({
                          className:
                            column.kind === "text" ? styles.text : column.kind === "date" ? styles.date : undefined,
                          "data-value": typeof value === "number" ? value : undefined,
                        })}
                      >
                        {note ? (
                          <>
                            {content}
                            <span className={styles.rowNote}> {note}</span>
                          </>
                        ) : (
                          content
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.table.total > props.table.rows.length && <Pager table={props.table} params={params} />}
    </section>
  );
}

/**
 * Which rows of how many the table shows, with the pages before and after it (links in the URL, so
 * a shared link opens the same page; sorting or filtering starts again at the first).
 */
async function Pager(props: { table: TTable; params: TSearchParams }) {
  const [t, format] = [await getTranslations("reports"), await getFormatter()];
  const offset = props.table.offset ?? 0;
  const [first, last] = [offset + 1, offset + props.table.rows.length];
  const pageOf = (row: number) => Math.floor(row / REPORT_PAGE_ROWS) + 1;
  const href = (page: number) => withQuery(props.params, { page: page > 1 ? String(page) : undefined });
  return (
    <nav className={styles.pager} aria-label={t("table.pages")} data-testid="pager">
      <span className="muted">
        {t("table.rows", {
          first: format.number(first),
          last: format.number(last),
          total: format.number(props.table.total),
        })}
      </span>
      {offset > 0 && (
        <Link href={href(pageOf(offset - 1))} rel="prev" scroll={false}>
          {t("table.previous")}
        </Link>
      )}
      {last < props.table.total && (
        <Link href={href(pageOf(last))} rel="next" scroll={false}>
          {t("table.next")}
        </Link>
      )}
    </nav>
  );
}
