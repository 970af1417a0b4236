import type { TReportParams } from "./report-filters.ts";
import type { TReportContext } from "./load-report-context.ts";
import type { TReportWords } from "./report-table.ts";

/** What every report function takes: the checked company, the parsed URL, the words for its rows. */
export type TReportInput = {
  context: TReportContext;
  params: TReportParams;
  words: TReportWords;
  /** Rows a table keeps after sorting (exports take all). */
  limit?: number;
};

export function filtersOf(params: TReportParams) {
  const { contact, warehouse, group, product, customer } = params;
  return { contact, warehouse, group, product, customer };
}
