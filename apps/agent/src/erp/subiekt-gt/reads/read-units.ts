import type { TReadPage, TUnit } from "@erp-bridge/shared";
import { afterIdOf, keysetPage } from "./keyset-page.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

/** uncertain: sl_JednMiary rests on one integrator's query; products carry the unit as text (tw_JednMiary). */
export function queryUnits(options: TReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "units", cursor: options.cursor });
  const query = options.db.selectFrom("sl_JednMiary").select(["jm_Id", "jm_Symbol", "jm_Nazwa"]);
  return options.helpers.page(query, { orderBy: "jm_Id", after, size });
}

export async function readUnits(options: TReadOptions): Promise<TReadPage<TUnit>> {
  const rows = await queryUnits(options).execute();
  return keysetPage({
    kind: "units",
    rows: rows.map((row) => ({ id: row.jm_Id, code: row.jm_Symbol.trim(), name: row.jm_Nazwa })),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.jm_Id,
  });
}
