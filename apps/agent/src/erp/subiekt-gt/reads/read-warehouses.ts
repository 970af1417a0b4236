import type { TReadPage, TWarehouse } from "@erp-bridge/shared";
import { afterIdOf, keysetPage } from "./keyset-page.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

/** uncertain: mag_Status 1 taken as "in use" (the only value the sandbox writes). */
const ACTIVE_STATUS = 1;

export function queryWarehouses(options: TReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "warehouses", cursor: options.cursor });
  const query = options.db
    .selectFrom("sl_Magazyn")
    .select(["mag_Id", "mag_Symbol", "mag_Nazwa", "mag_Glowny", "mag_Status"]);
  return options.helpers.page(query, { orderBy: "mag_Id", after, size });
}

export async function readWarehouses(options: TReadOptions): Promise<TReadPage<TWarehouse>> {
  const rows = await queryWarehouses(options).execute();
  return keysetPage({
    kind: "warehouses",
    rows: rows.map((row) => ({
      id: row.mag_Id,
      code: row.mag_Symbol.trim(),
      name: row.mag_Nazwa,
      isMain: row.mag_Glowny,
      active: row.mag_Status === ACTIVE_STATUS,
    })),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.mag_Id,
  });
}
