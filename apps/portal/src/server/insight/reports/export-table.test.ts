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
