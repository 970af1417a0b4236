import { describe, expect, it } from "vitest";
import { divideOrderLines } from "./divide-order-lines.ts";

const MAIN = 1;
const SHOP = 2;
const OUTLET = 3;
const stockOf = (rows: Record<string, Record<number, number>>) =>
  new Map(
    Object.entries(rows).map(([sku, perWarehouse]) => [
      sku,
      new Map(Object.entries(perWarehouse).map(([id, n]) => [Number(id), n])),
    ]),
  );
const divide = (options: {
  lines: { sku: string; quantity: number }[];
  stock: Record<string, Record<number, number>>;
  split?: boolean;
  reserve?: boolean;
  warehouseIds?: number[];
}) =>
  divideOrderLines({
    lines: options.lines.map((l) => ({ ...l, netPrice: 10 })),
    warehouseIds: options.warehouseIds ?? [MAIN, SHOP, OUTLET],
    split: options.split ?? true,
    reserve: options.reserve ?? true,
    stock: stockOf(options.stock),
  });
const placed = (division: ReturnType<typeof divide>) =>
  division.ok ? division.lines.map((l) => [l.sku, l.quantity, l.warehouseId]) : division;

describe("divideOrderLines", () => {
  it("puts everything on the first warehouse when it covers every line", () => {
    const division = divide({
      lines: [
        { sku: "A", quantity: 2 },
        { sku: "B", quantity: 1 },
      ],
      stock: { A: { [MAIN]: 2, [SHOP]: 50 }, B: { [MAIN]: 1 } },
    });
    expect(placed(division)).toEqual([
      ["A", 2, MAIN],
      ["B", 1, MAIN],
    ]);
    expect(division).toMatchObject({ warnings: [] });
  });

  it("divides a line across the warehouses in the given order when the first lacks stock", () => {
    const division = divide({
      lines: [
        { sku: "A", quantity: 5 },
        { sku: "B", quantity: 1 },
      ],
      stock: { A: { [MAIN]: 2, [SHOP]: 1, [OUTLET]: 10 }, B: { [MAIN]: 3 } },
    });
    expect(placed(division)).toEqual([
      ["A", 2, MAIN],
      ["A", 1, SHOP],
      ["A", 2, OUTLET],
      ["B", 1, MAIN],
    ]);
  });

  it("lets lines of the same SKU draw on the same stock, in line order", () => {
    const division = divide({
      lines: [
        { sku: "A", quantity: 2 },
        { sku: "A", quantity: 2 },
      ],
      stock: { A: { [MAIN]: 3, [SHOP]: 5 } },
    });
    expect(placed(division)).toEqual([
      ["A", 2, MAIN],
      ["A", 1, MAIN],
      ["A", 1, SHOP],
    ]);
  });

  it("refuses a reserving order no warehouse set can cover, naming the line and what is available", () => {
    const division = divide({
      lines: [
        { sku: "B", quantity: 1 },
        { sku: "A", quantity: 10 },
      ],
      stock: { A: { [MAIN]: 3, [SHOP]: 4 }, B: { [MAIN]: 1 } },
    });
    expect(division).toEqual({
      ok: false,
      path: "lines.1",
      message: "A: 10 ordered, 7 available to reserve (3 in warehouse 1, 4 in warehouse 2, 0 in warehouse 3)",
      refusal: { code: "noStock", params: { sku: "A", ordered: 10, available: 7 } },
    });
  });

  it("without reserve leaves the shortfall on the first warehouse, with a warning", () => {
    const division = divide({
      lines: [{ sku: "A", quantity: 10 }],
      stock: { A: { [MAIN]: 3, [SHOP]: 4 } },
      reserve: false,
    });
    expect(placed(division)).toEqual([
      ["A", 6, MAIN],
      ["A", 4, SHOP],
    ]);
    expect(division).toMatchObject({ warnings: ["lines.0: A is 3 short; it stays on warehouse 1"] });
  });

  it("takes from a warehouse given twice only once", () => {
    const division = divide({
      lines: [{ sku: "A", quantity: 5 }],
      stock: { A: { [MAIN]: 3, [SHOP]: 9 } },
      warehouseIds: [MAIN, MAIN, SHOP],
    });
    expect(placed(division)).toEqual([
      ["A", 3, MAIN],
      ["A", 2, SHOP],
    ]);
  });

  it("without split keeps every line on the first warehouse, short or not", () => {
    const division = divide({ lines: [{ sku: "A", quantity: 10 }], stock: { A: { [SHOP]: 40 } }, split: false });
    expect(placed(division)).toEqual([["A", 10, MAIN]]);
  });

  it("puts a service (no stock kept) whole on the first warehouse", () => {
    const division = divide({
      lines: [
        { sku: "SHIPPING", quantity: 1 },
        { sku: "A", quantity: 2 },
      ],
      stock: { A: { [SHOP]: 2 } },
    });
    expect(placed(division)).toEqual([
      ["SHIPPING", 1, MAIN],
      ["A", 2, SHOP],
    ]);
  });

  it("counts fractional quantities exactly and negative availability (drift) as none", () => {
    const division = divide({
      lines: [{ sku: "A", quantity: 0.3 }],
      stock: { A: { [MAIN]: 0.1, [SHOP]: -5, [OUTLET]: 0.2 } },
    });
    expect(placed(division)).toEqual([
      ["A", 0.1, MAIN],
      ["A", 0.2, OUTLET],
    ]);
  });
});
