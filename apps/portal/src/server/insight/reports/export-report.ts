import type { TActor } from "../../platform/auth/actor.ts";
import { parseInput } from "../../platform/errors/parse-input.ts";
import { exportTable } from "./export-table.ts";
import type { TColumn } from "./report-table.ts";
import { runReport, type TRunWords } from "./run-report.ts";
import { z } from "zod";

const ZFormat = z.object({ format: z.enum(["csv", "xlsx"]) });

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A report's table as a CSV or XLSX download, all rows, with the same checks as the report. */
export async function exportReport(options: {
  actor: TActor;
  companyId: string;
  report: string;
  params: URLSearchParams;
  words: TRunWords;
  title: (column: TColumn) => string;
  sheet: string;
  locale: string;
}) {
  const { format } = parseInput({ schema: ZFormat, input: { format: options.params.get("format") } });
  const result = await runReport(options);
  const body = await exportTable({
    table: result.table,
    title: options.title,
    sheet: options.sheet,
    format,
    locale: options.locale,
  });
  const day = new Date().toISOString().slice(0, 10);
  return { body, contentType: CONTENT_TYPES[format], filename: `${result.report}-${day}.${format}` };
}
