import type { TPriceLevel, TReadPage } from "@erp-bridge/shared";
import type { TReadOptions } from "./read-options.ts";

export const SALE_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** tw_Parametr holds one settings row; its level names are the whole dictionary, so one page. */
export function queryPriceLevels(options: Pick<TReadOptions, "db" | "helpers">) {
  const query = options.db
    .selectFrom("tw_Parametr")
    .select([
      "twp_NazwaCeny1",
      "twp_NazwaCeny2",
      "twp_NazwaCeny3",
      "twp_NazwaCeny4",
      "twp_NazwaCeny5",
      "twp_NazwaCeny6",
      "twp_NazwaCeny7",
      "twp_NazwaCeny8",
      "twp_NazwaCeny9",
      "twp_NazwaCeny10",
    ])
    .orderBy("twp_Id");
  return options.helpers.top(query, { size: 1 });
}

/** Levels without a name are not in use (uncertain: Subiekt may name unused levels too). */
export async function readPriceLevels(options: TReadOptions): Promise<TReadPage<TPriceLevel>> {
  const row = await queryPriceLevels(options).executeTakeFirst();
  const names = row
    ? [
        row.twp_NazwaCeny1,
        row.twp_NazwaCeny2,
        row.twp_NazwaCeny3,
        row.twp_NazwaCeny4,
        row.twp_NazwaCeny5,
        row.twp_NazwaCeny6,
        row.twp_NazwaCeny7,
        row.twp_NazwaCeny8,
        row.twp_NazwaCeny9,
        row.twp_NazwaCeny10,
      ]
    : [];
  const rows = names.flatMap((name, i) => (name?.trim() ? [{ level: i + 1, name: name.trim() }] : []));
  return { rows, cursor: null, done: true };
}
