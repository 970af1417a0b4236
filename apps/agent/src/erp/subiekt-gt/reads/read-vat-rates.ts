import type { TReadPage, TVatRate } from "@erp-bridge/shared";
import { afterIdOf, keysetPage } from "./keyset-page.ts";
import { checkPageSize, type TReadOptions } from "./read-options.ts";

export function queryVatRates(options: TReadOptions) {
  const size = checkPageSize(options.pageSize);
  const after = afterIdOf({ kind: "vat-rates", cursor: options.cursor });
  const query = options.db.selectFrom("sl_StawkaVAT").select(["vat_Id", "vat_Symbol", "vat_Stawka"]);
  return options.helpers.page(query, { orderBy: "vat_Id", after, size });
}

export async function readVatRates(options: TReadOptions): Promise<TReadPage<TVatRate>> {
  const rows = await queryVatRates(options).execute();
  return keysetPage({
    kind: "vat-rates",
    rows: rows.map((row) => ({ id: row.vat_Id, code: row.vat_Symbol.trim(), rate: row.vat_Stawka })),
    fetched: rows.length,
    pageSize: options.pageSize,
    lastId: rows.at(-1)?.vat_Id,
  });
}
