import type { TReadPage, TUnit } from "@erp-bridge/shared";
import { afterIdOf, keysetPage } from "./keyset-page.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

/**
 * Subiekt GT has no unit dictionary: each product lists its units in tw_JednMiary (jm_IdJednMiary
 * is the unit's text, "szt."). The units in use are those texts, each identified by its first
 * row's jm_Id. uncertain: whether every product has a row for its base unit (tw_JednMiary's text);
 * Subiekt keeps no unit names, so a unit's name is its code.
 */
export function queryUnits(options: TReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "units", cursor: options.cursor });
  const units = options.db
    .selectFrom("tw_JednMiary")
    .select("jm_IdJednMiary")
    .select((eb) => eb.fn.min<number>("jm_Id").as("unitId"))
    .groupBy("jm_IdJednMiary");
  const query = options.db.selectFrom(units.as("u")).select(["u.unitId", "u.jm_IdJednMiary"]);
  return options.helpers.page(query, { orderBy: "u.unitId", after, size });
}

export async function readUnits(options: TReadOptions): Promise<TReadPage<TUnit>> {
  const rows = await queryUnits(options).execute();
  return keysetPage({
    kind: "units",
    rows: rows.map((row) => ({ id: row.unitId, code: row.jm_IdJednMiary.trim(), name: row.jm_IdJednMiary.trim() })),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.unitId,
  });
}
