import type { Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { createDialectHelpers, type TDialectHelpers } from "../../sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../schema/database.ts";

export type TWriteTx = Kysely<TSubiektDatabase>;
export type TWriteContext = { tx: TWriteTx; h: TDialectHelpers; dialect: TErpDialect };
export type TWriteDb = { db: Kysely<TSubiektDatabase>; dialect: TErpDialect };

/** Thrown only to roll a dry run back. */
class DryRunRollback extends Error {}

/**
 * Runs a write in one transaction. A dry run executes the very same statements and rolls them
 * back, so its prediction (number, ids, totals, warnings) comes from the code that really writes,
 * not from a second implementation that could drift. The id counters roll back with it.
 */
export async function runWrite<T>(options: {
  erp: TWriteDb;
  dryRun: boolean;
  write: (ctx: TWriteContext) => Promise<T>;
}): Promise<T> {
  const { erp } = options;
  const h = createDialectHelpers({ dialect: erp.dialect });
  let predicted: { value: T } | undefined;
  try {
    return await erp.db.transaction().execute(async (tx) => {
      const result = await options.write({ tx, h, dialect: erp.dialect });
      if (!options.dryRun) return result;
      predicted = { value: result };
      throw new DryRunRollback("dry run: rolled back");
    });
  } catch (error) {
    if (error instanceof DryRunRollback && predicted) return predicted.value;
    throw error;
  }
}
