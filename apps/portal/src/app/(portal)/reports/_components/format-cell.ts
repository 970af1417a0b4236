import type { TCell, TColumn } from "@/server/insight/reports/report-table.ts";
import { formatBucket, type TFormat } from "./format-bucket.ts";

/** Money as the rest of the portal shows it (orders): the currency's own sign, "1 234,50 zł". */
export const PLN = { style: "currency", currency: "PLN" } as const;

/** How a cell reads on the page; exports carry the raw value. */
export function formatCell(format: TFormat, column: TColumn, value: TCell): string {
  if (value === null || value === undefined || value === "") return "—";
  if (column.kind === "date" && typeof value === "string") return formatBucket(format, value, column.bucket ?? "day");
  if (typeof value !== "number") return String(value);
  switch (column.kind) {
    case "money":
      return format.number(value, PLN);
    case "percent":
      return `${format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
    case "count":
      return format.number(value, { maximumFractionDigits: 0 });
    default:
      return format.number(value, { maximumFractionDigits: 4 });
  }
}
