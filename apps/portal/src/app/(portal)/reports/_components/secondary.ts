import type { TReportInput } from "@/server/insight/reports/report-input.ts";

/** For a page's second tables: the page's sort and search belong to its main table only. */
export function secondary(input: TReportInput): TReportInput {
  return { ...input, params: { ...input.params, sort: undefined, q: undefined, dir: "desc" } };
}

export const SECONDARY_QUERY = { sort: "", q: "", dir: "" };
