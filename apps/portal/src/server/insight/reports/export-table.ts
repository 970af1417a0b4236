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
  /** Lines above the table saying what it is (the report, its period, how fresh its data is). */
  heading?: string[][];
}): Promise<Uint8Array> {
  return options.format === "csv" ? toCsv(options) : toXlsx(options);
}

/** The heading's lines, then an empty line, so the table's own header row stands apart. */
function headingRows(heading: string[][] | undefined): string[][] {
  return heading && heading.length > 0 ? [...heading, []] : [];
}

function toCsv(options: {
  table: TTable;
  title: (column: TColumn) => string;
  locale: string;
  heading?: string[][];
}): Uint8Array {
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
    ...headingRows(options.heading).map((line) => line.map(quote).join(separator)),
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

/**
 * Excel number formats by column kind. Quantities are whole in most shops and fractional for
 * goods sold by weight or length: `#,##0.####` would show "12," for 12, so a whole quantity gets
 * the format without decimals (see numberFormat).
 */
export const NUMBER_FORMATS: Record<TColumn["kind"], string | undefined> = {
  text: undefined,
  date: undefined,
  money: "#,##0.00",
  number: "#,##0.####",
  percent: "0.0",
  count: "#,##0",
};
const WHOLE = "#,##0";

/** A cell's format: a kind's format, a whole number of a fractional kind without its separator. */
export function numberFormat(kind: TColumn["kind"], value: TCell | undefined): string | undefined {
  const format = NUMBER_FORMATS[kind];
  return kind === "number" && typeof value === "number" && Number.isInteger(value) ? WHOLE : format;
}

async function toXlsx(options: {
  table: TTable;
  title: (column: TColumn) => string;
  sheet: string;
  heading?: string[][];
}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheet.slice(0, 31));
  const heading = headingRows(options.heading);
  for (const line of heading) sheet.addRow(line);
  if (heading.length > 0) sheet.getRow(1).font = { bold: true, size: 13 };
  const header = sheet.addRow(options.table.columns.map((column) => options.title(column)));
  header.font = { bold: true };
  options.table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.kind === "text" ? 40 : 16;
  });
  for (const row of options.table.rows) {
    const added = sheet.addRow(options.table.columns.map((c) => row[c.key] ?? null));
    options.table.columns.forEach((column, index) => {
      const numFmt = numberFormat(column.kind, row[column.key]);
      if (numFmt) added.getCell(index + 1).numFmt = numFmt;
    });
  }
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
