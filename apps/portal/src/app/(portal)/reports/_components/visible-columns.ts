import type { TColumn } from "@/server/insight/reports/report-table.ts";
import type { TSearchParams } from "./query.ts";

/** The URL parameter holding a table's chosen columns. */
export const columnsParam = (tableId: string) => `${tableId}-cols`;

/**
 * The columns a table shows: the user's choice from the URL, else the table's defaults, else all.
 * Unknown keys are dropped; the first column (what a row is) always shows.
 */
export function visibleColumns(options: {
  tableId: string;
  columns: TColumn[];
  defaults?: string[];
  searchParams: TSearchParams;
}): string[] {
  const all = options.columns.map((c) => c.key);
  const chosen = options.searchParams[columnsParam(options.tableId)];
  const wanted = new Set(typeof chosen === "string" ? chosen.split(",") : (options.defaults ?? all));
  return all.filter((key, index) => index === 0 || wanted.has(key));
}
