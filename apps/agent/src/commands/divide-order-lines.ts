import type { TAvailableStock, TDivision, TPlacedLine } from "../erp/erp-writer.ts";

/** Quantities carry at most 4 decimals: counting in ten-thousandths keeps the sums exact. */
const SCALE = 10_000;
const units = (quantity: number) => Math.round(quantity * SCALE);
const quantityOf = (scaled: number) => scaled / SCALE;

/**
 * Puts an order's lines on its warehouses ("division of orders into warehouses"). When the first
 * warehouse covers every line, everything goes there. Otherwise, with `split`, each line takes
 * from the warehouses in the given order, divided into one line per warehouse it takes from, and
 * what no warehouse has is refused with `reserve` (a reservation must be real) or left on the
 * first warehouse without. Without `split`, everything goes to the first warehouse. Lines of the
 * same SKU draw on the same stock, in line order. A SKU absent from `stock` (a service) always
 * goes whole to the first warehouse.
 */
export function divideOrderLines(options: {
  lines: readonly { sku: string; quantity: number; netPrice: number }[];
  warehouseIds: readonly number[];
  split: boolean;
  reserve: boolean;
  stock: TAvailableStock;
}): TDivision {
  const { lines } = options;
  const warehouseIds = [...new Set(options.warehouseIds)];
  const [first] = warehouseIds;
  if (first === undefined) return { ok: false, path: "warehouseIds", message: "no warehouse given" };
  if (!options.split || firstCoversAll({ lines, stock: options.stock, first })) {
    return { ok: true, lines: lines.map((line) => ({ ...line, warehouseId: first })), warnings: [] };
  }

  const left = new Map<string, Map<number, number>>();
  for (const [sku, perWarehouse] of options.stock) {
    left.set(sku, new Map(warehouseIds.map((id) => [id, Math.max(0, units(perWarehouse.get(id) ?? 0))])));
  }
  const placed: TPlacedLine[] = [];
  const warnings: string[] = [];
  for (const [index, line] of lines.entries()) {
    const available = left.get(line.sku);
    if (!available) {
      placed.push({ ...line, warehouseId: first });
      continue;
    }
    let wanted = units(line.quantity);
    const takes = new Map<number, number>();
    for (const id of warehouseIds) {
      const take = Math.min(wanted, available.get(id) ?? 0);
      if (take <= 0) continue;
      takes.set(id, take);
      wanted -= take;
    }
    if (wanted > 0 && options.reserve) {
      const where = warehouseIds.map((id) => `${quantityOf(available.get(id) ?? 0)} in warehouse ${id}`).join(", ");
      const reservable = quantityOf(units(line.quantity) - wanted);
      return {
        ok: false,
        path: `lines.${index}`,
        message: `${line.sku}: ${line.quantity} ordered, ${reservable} available to reserve (${where})`,
        refusal: { code: "noStock", params: { sku: line.sku, ordered: line.quantity, available: reservable } },
      };
    }
    if (wanted > 0) {
      takes.set(first, (takes.get(first) ?? 0) + wanted);
      warnings.push(`lines.${index}: ${line.sku} is ${quantityOf(wanted)} short; it stays on warehouse ${first}`);
    }
    // Warehouse order, so the line's share on the first warehouse (with any shortfall) leads.
    for (const id of warehouseIds) {
      const take = takes.get(id);
      if (take === undefined) continue;
      available.set(id, Math.max(0, (available.get(id) ?? 0) - take));
      placed.push({ ...line, quantity: quantityOf(take), warehouseId: id });
    }
  }
  return { ok: true, lines: placed, warnings };
}

/** Whether the first warehouse alone has every SKU's total over the order's lines. */
function firstCoversAll(options: {
  lines: readonly { sku: string; quantity: number }[];
  stock: TAvailableStock;
  first: number;
}) {
  const wanted = new Map<string, number>();
  for (const line of options.lines) wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + units(line.quantity));
  return [...wanted].every(([sku, total]) => {
    const perWarehouse = options.stock.get(sku);
    return !perWarehouse || units(perWarehouse.get(options.first) ?? 0) >= total;
  });
}
