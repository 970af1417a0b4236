import { aggregateSales, type TAggregateRow } from "./aggregate-sales.ts";
import { labelKeys } from "./label-keys.ts";
import { severalSources, sourceNames } from "./load-report-context.ts";
import { rowKey } from "./row-key.ts";
import { changePct, NO_SALES, toMeasures } from "./report-measures.ts";
import { filtersOf, type TReportInput } from "./report-input.ts";
import type { TDimension } from "./report-filters.ts";
import { lastYearRange, previousRange, type TRange } from "./report-period.ts";
import { shapeTable, type TColumn } from "./report-table.ts";

export const BREAKDOWN_COLUMNS: TColumn[] = [
  { key: "label", kind: "text" },
  { key: "net", kind: "money" },
  { key: "gross", kind: "money" },
  { key: "margin", kind: "money" },
  { key: "marginPct", kind: "percent" },
  { key: "quantity", kind: "number" },
  { key: "documents", kind: "count" },
  { key: "avgBasket", kind: "money" },
  { key: "sharePct", kind: "percent" },
  { key: "changePrevPct", kind: "percent" },
  { key: "changeLastYearPct", kind: "percent" },
];

/** Where rows come from several ERPs: which of them (after the row's name). */
const SOURCES_COLUMN: TColumn = { key: "sources", kind: "text" };

/** Columns that need the other periods of every row to sort by. */
const COMPARED = new Set(["changePrevPct", "changeLastYearPct"]);

/**
 * Sales by one dimension (point of contact, warehouse, product group, product, customer), each
 * row with its share of the period and its change against the previous period and a year ago.
 * By product, `documents` counts the documents holding the product and there is no basket.
 * Thousands of products or customers: the other periods are summed only for the rows shown,
 * unless the table is sorted by a change. With several ERP sources each row says which it came
 * from (a product by symbol may come from several) and `integrationId` / `id` say what it narrows to.
 */
export async function getSalesBreakdown(input: TReportInput & { by?: TDimension; compare?: boolean }) {
  const { params, context } = input;
  const by = input.by ?? params.by;
  const several = severalSources(context);
  const showSources = several && by !== "integration";
  // A period of whole months a year long (the default: this month and the eleven before it)
  // compares with the same days a year earlier twice over: the previous period is that year too.
  // Summed once, read for both.
  const sums = new Map<string, Promise<TAggregateRow[]>>();
  const sum = (range: TRange, only?: TAggregateRow[]) => {
    const key = `${range.from.toISOString()} ${range.to.toISOString()} ${only ? "shown" : "all"}`;
    const known = sums.get(key) ?? sumOnce(range, only);
    sums.set(key, known);
    return known;
  };
  const sumOnce = (range: TRange, only?: TAggregateRow[]) =>
    aggregateSales({
      integrationIds: context.integrationIds,
      range,
      dims: [by],
      bucket: params.bucket,
      filters: filtersOf(params),
      showrooms: context.showrooms,
      withSources: several && range === params.range,
      ...(only && by === "product" ? { only: { dim: by, symbols: only.map((r) => r.product ?? "") } } : {}),
      ...(only && by === "customer"
        ? { only: { dim: by, customers: only.map((r) => ({ integration: r.integration ?? "", id: r.customer ?? 0 })) } }
        : {}),
    });
  const large = by === "product" || by === "customer";
  const compareAll = input.compare !== false && (!large || !input.limit || COMPARED.has(params.sort ?? ""));
  const [current, previousAll, lastYearAll] = await Promise.all([
    sum(params.range),
    compareAll ? sum(previousRange(params.range)) : [],
    compareAll ? sum(lastYearRange(params.range)) : [],
  ]);
  const keyOf = (row: TAggregateRow) => rowKey(row, by, several);
  const labelKey = (row: TAggregateRow) => ({ id: row[by] ?? 0, integration: row.integration });
  // A page's table of thousands of products or customers names only the rows it shows (after
  // sorting and cutting), unless the names are searched or sorted by.
  const nameShownOnly = large && input.limit !== undefined && !params.q && params.sort !== "label";
  const nameRows = (rows: TAggregateRow[]) =>
    labelKeys({ context, dim: by, keys: rows.map(labelKey), words: input.words });
  const label = await nameRows(nameShownOnly ? [] : current);
  const totalNet = current.reduce((sum, r) => sum + r.net, 0);
  const rows = current.map((row) => {
    const m = toMeasures(row);
    return {
      key: keyOf(row),
      label: nameShownOnly ? "" : label(labelKey(row)),
      ...(showSources ? { sources: sourceNames(context, row.sources ?? []) } : {}),
      integrationId: row.integration ?? null,
      id: String(row[by] ?? ""),
      ...m,
      avgBasket: by === "product" ? null : m.avgBasket,
      sharePct: totalNet === 0 ? null : Math.round((row.net / totalNet) * 1000) / 10,
      previousNet: null as number | null,
      previousMarginPct: null as number | null,
      changePrevPct: null as number | null,
      lastYearNet: null as number | null,
      changeLastYearPct: null as number | null,
    };
  });
  const compare = (previous: TAggregateRow[], lastYear: TAggregateRow[], target: typeof rows) => {
    const [prevBy, lastBy] = [new Map(previous.map((r) => [keyOf(r), r])), new Map(lastYear.map((r) => [keyOf(r), r]))];
    for (const row of target) {
      const prev = toMeasures(prevBy.get(row.key) ?? NO_SALES);
      const last = toMeasures(lastBy.get(row.key) ?? NO_SALES);
      Object.assign(row, {
        previousNet: prev.net,
        previousMarginPct: prev.marginPct,
        changePrevPct: changePct(row.net, prev.net),
        lastYearNet: last.net,
        changeLastYearPct: changePct(row.net, last.net),
      });
    }
  };
  if (compareAll) compare(previousAll, lastYearAll, rows);
  const [name, ...measures] = BREAKDOWN_COLUMNS;
  const table = shapeTable({
    columns: showSources && name ? [name, SOURCES_COLUMN, ...measures] : BREAKDOWN_COLUMNS,
    rows,
    sort: params.sort,
    defaultSort: "net",
    dir: params.dir,
    q: params.q,
    limit: input.limit,
    page: params.page,
  });
  const shownKeys = new Set(table.rows.map((r) => String(r.key)));
  const shown = current.filter((r) => shownKeys.has(keyOf(r)));
  const compareShown = !compareAll && input.compare !== false && table.rows.length > 0;
  const [named, previous, lastYear] = await Promise.all([
    nameShownOnly ? nameRows(shown) : null,
    compareShown ? sum(previousRange(params.range), shown) : [],
    compareShown ? sum(lastYearRange(params.range), shown) : [],
  ]);
  if (named) {
    const byKey = new Map(shown.map((r) => [keyOf(r), r]));
    for (const row of table.rows) {
      const source = byKey.get(String(row.key));
      if (source) row.label = named(labelKey(source));
    }
  }
  if (compareShown) {
    compare(
      previous,
      lastYear,
      rows.filter((r) => shownKeys.has(r.key)),
    );
  }
  return { by, table, totalNet };
}
