import type { TActor } from "../../platform/auth/actor.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { exportTable } from "./export-table.ts";
import { getDataAsOf } from "./get-data-as-of.ts";
import type { TReportParams } from "./report-filters.ts";
import { addDays, formatDay } from "./report-period.ts";
import type { TColumn } from "./report-table.ts";
import { runReport, type TReportName, type TRunWords } from "./run-report.ts";
import { z } from "zod";

const ZFormat = z.object({ format: z.enum(["csv", "xlsx"]) });

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The words above an exported table, in the reader's language. */
export type TExportHeading = {
  /** The view's name, e.g. "Sprzedaż wg towaru". */
  title: string;
  period: string;
  asOf: string;
  notSynced: string;
};

/**
 * A report's table as a CSV or XLSX download, all rows, with the same checks as the report. The
 * file is named by its view and period (`sales-by-product-2026-01-01_2026-03-31.xlsx`) and starts
 * with the view's name, its period and when its data was last synced.
 */
export async function exportReport(options: {
  actor: TActor;
  companyId: string;
  report: string;
  params: URLSearchParams;
  words: TRunWords;
  title: (column: TColumn) => string;
  heading: TExportHeading;
  sheet: string;
  locale: string;
}) {
  const { format } = parseInput({ schema: ZFormat, input: { format: options.params.get("format") } });
  const result = await runReport(options);
  const [from, to] = [formatDay(result.params.range.from), formatDay(addDays(result.params.range.to, -1))];
  const asOf = await getDataAsOf({ companyId: options.companyId });
  const body = await exportTable({
    table: result.table,
    title: options.title,
    sheet: options.sheet,
    format,
    locale: options.locale,
    heading: [
      [options.heading.title],
      [options.heading.period, from, to],
      [options.heading.asOf, asOf.syncedAt ? warsawTime(asOf.syncedAt) : options.heading.notSynced],
    ],
  });
  return {
    body,
    contentType: CONTENT_TYPES[format],
    filename: `${viewName(result.report, result.params)}-${from}_${to}.${format}`,
  };
}

/** The file name's first part: the report, and for the sales views what they are broken down by. */
export function viewName(report: TReportName, params: TReportParams): string {
  switch (report) {
    case "breakdown":
      return `sales-by-${params.by}`;
    case "trend":
      return `sales-by-${params.bucket}`;
    case "contractor":
      return `contractor-${params.customer ?? ""}`;
    default:
      return report;
  }
}

function warsawTime(at: Date): string {
  return at.toLocaleString("sv-SE", { timeZone: "Europe/Warsaw" }).slice(0, 16);
}
