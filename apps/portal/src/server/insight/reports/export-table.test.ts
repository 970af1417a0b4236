import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportTable } from "./export-table.ts";
import type { TTable } from "./report-table.ts";

const TABLE: TTable = {
  columns: [
    { key: "label", kind: "text" },
    { key: "net", kind: "money" },
    { key: "marginPct", kind: "percent" },
  ],
  rows: [
    { label: 'Salon "Kraków"; główny', net: 1234.5, marginPct: -3.2 },
    { label: "Sklep", net: 10, marginPct: null },
  ],
  total: 2,
};
const title = (c: { key: string }) => c.key.toUpperCase();

describe("report exports", () => {
  it("CSV for Polish spreadsheets: semicolons, decimal commas, quoted text, UTF-8 with a BOM", async () => {
    const bytes = await exportTable({ table: TABLE, title, sheet: "x", format: "csv", locale: "pl" });
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFLABEL;NET;MARGINPCT\r\n"Salon ""Kraków""; główny";1234,5;-3,2\r\nSklep;10;\r\n',
    );
  });

  it("CSV in English: commas and decimal points", async () => {
    const bytes = await exportTable({ table: TABLE, title, sheet: "x", format: "csv", locale: "en" });
    expect(new TextDecoder().decode(bytes)).toContain('"Salon ""Kraków""; główny",1234.5,-3.2\r\n');
  });

  const HOSTILE: TTable = {
    columns: [{ key: "label", kind: "text" }],
    rows: ['=HYPERLINK("http://evil.example","x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "a=b"].map((label) => ({
      label,
    })),
    total: 7,
  };

  it("CSV: text that a spreadsheet would run as a formula is written as plain text", async () => {
    const bytes = await exportTable({ table: HOSTILE, title, sheet: "x", format: "csv", locale: "en" });
    const lines = new TextDecoder().decode(bytes).replace("\uFEFF", "").split("\r\n");
    expect(lines.slice(1, 8)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
      "a=b",
    ]);
  });

  it("XLSX keeps such text as text, never a formula", async () => {
    const bytes = await exportTable({ table: HOSTILE, title, sheet: "x", format: "xlsx", locale: "en" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet("x");
    for (let row = 2; row <= 8; row++) {
      const cell = sheet?.getRow(row).getCell(1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.formula).toBeUndefined();
    }
    expect(sheet?.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://evil.example","x")');
  });

  it("XLSX with the same rows as numbers", async () => {
    const bytes = await exportTable({ table: TABLE, title, sheet: "Sprzedaż", format: "xlsx", locale: "pl" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet("Sprzedaż");
    expect(sheet?.getRow(1).values).toEqual([undefined, "LABEL", "NET", "MARGINPCT"]);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'Salon "Kraków"; główny', 1234.5, -3.2]);
    expect(sheet?.getRow(3).getCell(3).value).toBeNull();
  });
});
