import { describe, expect, it } from "vitest";
import { shapeTable } from "./report-table.ts";

const rows = Array.from({ length: 120 }, (_, i) => ({ key: String(i), label: `row ${i}`, net: 1000 - i }));
const table = (options: { page?: number; q?: string }) =>
  shapeTable({
    columns: [
      { key: "label", kind: "text" },
      { key: "net", kind: "money" },
    ],
    rows,
    defaultSort: "net",
    dir: "desc",
    limit: 50,
    ...options,
  });

describe("a page's table in pages", () => {
  it("cuts the sorted rows into pages of `limit`, saying how many come before", () => {
    const keys = (page: number) => table({ page }).rows.map((r) => r.key);
    expect(keys(1)).toEqual(rows.slice(0, 50).map((r) => r.key));
    expect(table({ page: 2 })).toMatchObject({ offset: 50, total: 120 });
    expect(keys(2)).toEqual(rows.slice(50, 100).map((r) => r.key));
    expect(keys(3)).toEqual(rows.slice(100).map((r) => r.key));
  });

  it("shows the last page for a page past it (a link kept after the rows grew fewer)", () => {
    expect(table({ page: 9 })).toMatchObject({ offset: 100, total: 120 });
    expect(table({ page: 2, q: "row 11" })).toMatchObject({ offset: 0, total: 11 });
  });
});
