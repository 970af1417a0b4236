import type { TCell, TColumnKind } from "@/server/insight/reports/report-table.ts";

type TFormat = {
  number: (value: number, options: { minimumFractionDigits?: number; maximumFractionDigits?: number }) => string;
};

/** How a cell reads on the page; exports carry the raw value. */
export function formatCell(format: TFormat, kind: TColumnKind, value: TCell): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value !== "number") return String(value);
  switch (kind) {
    case "money":
      return format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "percent":
      return `${format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
    case "count":
      return format.number(value, { maximumFractionDigits: 0 });
    default:
      return format.number(value, { maximumFractionDigits: 4 });
  }
}
