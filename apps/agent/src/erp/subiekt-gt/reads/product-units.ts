import type { TProductUnit } from "@erp-bridge/shared";
import { queryProductUnits } from "./query-products.ts";
import type { TReadOptions } from "./read-options.ts";

export type TUnitRow = { jm_IdJednMiary: string; jm_Przelicznik: number };

/**
 * A product's units: its base unit (tw__Towar.tw_JednMiary) with factor 1, then each other
 * tw_JednMiary row with jm_Przelicznik as the number of base units in one of it.
 * uncertain: the direction of jm_Przelicznik (taken as base units per unit, "opak." = 12 "szt.");
 * whether Subiekt keeps a row for the base unit too (its row, if any, is not repeated); a
 * factor of 0 or less is left out, as no conversion.
 */
export function productUnits(options: { baseUnit: string; rows: readonly TUnitRow[] }): TProductUnit[] {
  const base = options.baseUnit.trim();
  const units: TProductUnit[] = [{ code: base, factor: 1 }];
  for (const row of options.rows) {
    const code = row.jm_IdJednMiary.trim();
    const factor = Number(row.jm_Przelicznik);
    if (code === base || factor <= 0 || units.some((unit) => unit.code === code)) continue;
    units.push({ code, factor });
  }
  return units;
}

/** The tw_JednMiary rows of some products, by product id. */
export async function readUnitRows(
  options: Pick<TReadOptions, "db" | "helpers"> & { productIds: readonly number[] },
): Promise<Map<number, TUnitRow[]>> {
  const units = new Map<number, TUnitRow[]>();
  if (options.productIds.length === 0) return units;
  for (const row of await queryProductUnits(options).execute()) {
    units.set(row.jm_IdTowar, [...(units.get(row.jm_IdTowar) ?? []), row]);
  }
  return units;
}
