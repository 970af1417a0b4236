import type { TErpResource } from "@erp-bridge/shared";
import { readPriceLevels, SALE_LEVELS } from "./read-price-levels.ts";
import type { TReadOptions } from "./read-options.ts";
import { READ_TYPES } from "./query-documents.ts";

type TCountOptions = Pick<TReadOptions, "db" | "helpers">;

/**
 * About how many rows a full read of a resource returns, for progress bars: exact for products,
 * stock and customers; an upper bound for prices (every product at every named level) and
 * documents. Null for the small dictionaries, which come in one page.
 */
export async function countRows(options: TCountOptions & { resource: TErpResource }): Promise<number | null> {
  const { db } = options;
  switch (options.resource) {
    case "products":
      return toCount(
        await db
          .selectFrom("tw__Towar")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirst(),
      );
    case "prices": {
      const levels = (await readPriceLevels({ ...options, pageSize: 1 })).rows.length || SALE_LEVELS.length;
      const priced = toCount(
        await db
          .selectFrom("tw_Cena")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirst(),
      );
      return priced * levels;
    }
    case "stock":
      return toCount(
        await db
          .selectFrom("tw_Stan")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirst(),
      );
    case "customers":
      return toCount(
        await db
          .selectFrom("kh__Kontrahent")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirst(),
      );
    case "documents":
      return toCount(
        await db
          .selectFrom("dok__Dokument")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("dok_Typ", "in", Object.values(READ_TYPES))
          .executeTakeFirst(),
      );
    default:
      return null;
  }
}

// SQL Server returns count(*) as int, PostgreSQL as a bigint string.
function toCount(row: { n: string | number | bigint } | undefined): number {
  return Number(row?.n ?? 0);
}
