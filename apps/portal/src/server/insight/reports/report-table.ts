import type { TBucket } from "./report-period.ts";

export type TColumnKind = "text" | "money" | "number" | "percent" | "date" | "count";
/**
 * `text` overrides the translated title reports.columns.<key> (dynamic columns carry their own);
 * `bucket` says what a date column's days stand for (a month reads as its name on the page).
 */
export type TColumn = { key: string; kind: TColumnKind; text?: string; bucket?: TBucket };
export type TCell = string | number | boolean | null;
export type TTableRow = Record<string, TCell>;
/**
 * What a page shows and an export writes: the same columns and rows. `total` counts rows before
 * `limit`; `offset` is how many rows come before those shown (a page's table, page 2 onwards).
 */
export type TTable = { columns: TColumn[]; rows: TTableRow[]; total: number; offset?: number };

/** Words the reports put into rows; the caller translates them, so the domain stays language-free. */
export type TReportWords = {
  erp: string;
  showroom: string;
  unknownChannel: string;
  anonymous: string;
  noGroup: string;
  noProduct: string;
  warehouse: (id: number) => string;
  /** A document type in words ("faktura" for FS); an unknown type as it is. */
  documentType: (type: string) => string;
  metric: (key: string) => string;
};

/**
 * Filters (case-insensitive text match on the text columns), sorts (by a known column, nulls
 * last) and cuts a table to `limit` rows, the `page`th such cut (1: the first; past the last: the
 * last); `total` keeps the count before the cut.
 */
export function shapeTable(options: {
  columns: TColumn[];
  rows: TTableRow[];
  sort?: string;
  defaultSort: string;
  dir: "asc" | "desc";
  q?: string;
  limit?: number;
  page?: number;
}): TTable {
  const { columns } = options;
  const textKeys = columns.filter((c) => c.kind === "text").map((c) => c.key);
  const needle = options.q?.toLowerCase();
  const kept = needle
    ? options.rows.filter((row) =>
        textKeys.some((key) =>
          String(row[key] ?? "")
            .toLowerCase()
            .includes(needle),
        ),
      )
    : options.rows;
  const sortKey = columns.some((c) => c.key === options.sort) ? (options.sort ?? "") : options.defaultSort;
  const sign = options.dir === "asc" ? 1 : -1;
  const sorted = [...kept].sort((a, b) => {
    const [x, y] = [a[sortKey] ?? null, b[sortKey] ?? null];
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "pl")) * sign;
  });
  if (!options.limit) return { columns, rows: sorted, total: kept.length };
  const pages = Math.max(1, Math.ceil(sorted.length / options.limit));
  const offset = (Math.min(options.page ?? 1, pages) - 1) * options.limit;
  return { columns, rows: sorted.slice(offset, offset + options.limit), total: kept.length, offset };
}
