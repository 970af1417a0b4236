import type { Kysely } from "kysely";
import type { TDialectHelpers } from "../../sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../schema/database.ts";

/** uncertain: tw_Rodzaj 1 is goods, as the order writes assume. */
const GOODS = 1;

export function firstProductQuery(options: { db: Kysely<TSubiektDatabase>; h: TDialectHelpers }) {
  const query = options.db
    .selectFrom("tw__Towar")
    .select("tw_Symbol")
    .where("tw_Rodzaj", "=", GOODS)
    .where("tw_Usuniety", "=", false)
    .orderBy("tw_Id");
  return options.h.top(query, { size: 1 });
}

export function firstCustomerQuery(options: { db: Kysely<TSubiektDatabase>; h: TDialectHelpers }) {
  return options.h.top(options.db.selectFrom("kh__Kontrahent").select("kh_Symbol").orderBy("kh_Id"), { size: 1 });
}

/**
 * A product and a customer `agent sfera-check` asks Sfera for: the first of each in the database,
 * read over the agent's SQL connection, so the check proves Sfera sees what SQL sees.
 */
export async function sampleSymbols(options: {
  db: Kysely<TSubiektDatabase>;
  h: TDialectHelpers;
}): Promise<{ productSymbol: string; customerSymbol: string } | null> {
  const product = await firstProductQuery(options).executeTakeFirst();
  const customer = await firstCustomerQuery(options).executeTakeFirst();
  return product && customer ? { productSymbol: product.tw_Symbol, customerSymbol: customer.kh_Symbol } : null;
}
