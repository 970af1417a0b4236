import ExcelJS from "exceljs";
import type { TCell, TColumn, TTable } from "./report-table.ts";

export type TExportFormat = "csv" | "xlsx";

/**
 * A report table as a file: the same columns and rows the page shows. CSV follows the reader's
 * spreadsheet conventions (Polish: semicolons and decimal commas, English: commas and points), in
 * UTF-8 with a BOM so Excel reads the Polish letters; XLSX holds real numbers with number formats.
 */
export async function exportTable(options: {
  table: TTable;
  title: (column: TColumn) => string;
  sheet: string;
  format: TExportFormat;
  locale: string;
}): Promise<Uint8Array> {
  return options.format === "csv" ? toCsv(options) : toXlsx(options);
}

function toCsv(options: { table: TTable; title: (column: TColumn) => string; locale: string }): Uint8Array {
  const polish = options.locale === "pl";
  const separator = polish ? ";" : ",";
  const quote = (raw: string) => {
    const text = defuseFormula(raw);
    return /[";,\n\r]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const cell = (value: TCell | undefined) => {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return polish ? String(value).replace(".", ",") : String(value);
    return quote(String(value));
  };
  const lines = [
    options.table.columns.map((c) => quote(options.title(c))).join(separator),
    ...options.table.rows.map((row) => options.table.columns.map((c) => cell(row[c.key])).join(separator)),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

/**
 * Spreadsheets run a CSV cell starting with = + - @ (or a tab or CR before one) as a formula, and
 * text here comes from outside (channel names, shoppers' names in the ERP): a leading apostrophe
 * makes it plain text again (OWASP's advice). Numbers are written as numbers and never reach this.
 */
function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const NUMBER_FORMATS: Record<TColumn["kind"], string | undefined> = {
  text: undefined,
  date: undefined,
  money: "#,##0.00",
  number: "#,##0.####",
  percent: "0.0",
  count: "0",
};

async function toXlsx(options: { table: TTable; title: (column: TColumn) => string; sheet: string }) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheet.slice(0, 31));
  sheet.columns = options.table.columns.map((column) => ({
    header: options.title(column),
    key: column.key,
    width: column.kind === "text" ? 40 : 16,
    style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
  }));
  for (const row of options.table.rows) {
    sheet.addRow(Object.fromEntries(options.table.columns.map((c) => [c.key, row[c.key] ?? null])));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
