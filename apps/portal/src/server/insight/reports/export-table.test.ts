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

  const HEADING = [["Sprzedaż według: Towar"], ["Okres", "2026-01-01", "2026-03-31"], ["Dane na", "2026-04-01 06:00"]];

  it("both files say what they are and for which period above the table", async () => {
    const csv = await exportTable({ table: TABLE, title, sheet: "x", format: "csv", locale: "pl", heading: HEADING });
    expect(new TextDecoder().decode(csv).replace("\uFEFF", "").split("\r\n").slice(0, 5)).toEqual([
      "Sprzedaż według: Towar",
      "Okres;2026-01-01;2026-03-31",
      "Dane na;2026-04-01 06:00",
      "",
      "LABEL;NET;MARGINPCT",
    ]);
    const bytes = await exportTable({
      table: TABLE,
      title,
      sheet: "x",
      format: "xlsx",
      locale: "pl",
      heading: HEADING,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet("x");
    expect(sheet?.getRow(2).values).toEqual([undefined, "Okres", "2026-01-01", "2026-03-31"]);
    expect(sheet?.getRow(5).values).toEqual([undefined, "LABEL", "NET", "MARGINPCT"]);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  });

  it("XLSX number formats: no separator left dangling after a whole quantity", async () => {
    const table: TTable = {
      columns: [
        { key: "label", kind: "text" },
        { key: "quantity", kind: "number" },
        { key: "documents", kind: "count" },
        { key: "net", kind: "money" },
      ],
      rows: [
        { label: "Sztuki", quantity: 12, documents: 3, net: 10 },
        { label: "Na wagę", quantity: 2.125, documents: 1, net: 5.5 },
      ],
      total: 2,
    };
    const bytes = await exportTable({ table, title, sheet: "x", format: "xlsx", locale: "pl" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet("x");
    const formats = [2, 3].map((row) => [2, 3, 4].map((cell) => sheet?.getRow(row).getCell(cell).numFmt));
    // "#,##0.####" shows "12," in Excel for a whole 12: a whole quantity gets no decimals.
    expect(formats).toEqual([
      ["#,##0", "#,##0", "#,##0.00"],
      ["#,##0.####", "#,##0", "#,##0.00"],
    ]);
  });
});
