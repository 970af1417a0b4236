import type { Kysely } from "kysely";
import type { TErpDialect } from "../../sql/create-erp-db.ts";
import { createDialectHelpers, type TDialectHelpers } from "../../sql/dialect-helpers.ts";
import type { TSubiektDatabase } from "../schema/database.ts";
import { reserveIds, type TIdNeeds, type TIdPool } from "./allocate-ids.ts";
import { knownProductsOf, type KnownProducts } from "./known-products.ts";
import { retryOnDeadlock } from "./retry-deadlock.ts";
import { inWriteTransaction } from "./write-transaction.ts";

export type TWriteTx = Kysely<TSubiektDatabase>;
/**
 * What every write works with: its transaction, the dialect's helpers, the ids reserved for it and
 * the product ids earlier writes found by SKU (none: every SKU is looked up).
 */
export type TWriteContext = {
  tx: TWriteTx;
  h: TDialectHelpers;
  dialect: TErpDialect;
  ids: TIdPool;
  knownProducts?: KnownProducts;
};
/** What a write's id needs may read: its reservation's transaction. */
export type TNeedsContext = Omit<TWriteContext, "ids" | "knownProducts">;
export type TWriteDb = {
  db: Kysely<TSubiektDatabase>;
  dialect: TErpDialect;
  /**
   * A transaction the writes join instead of opening their own (and committing the ids they
   * reserve): the write preflight's, which it rolls back whole, so that nothing of its documents,
   * not even an id counter, stays in the ERP. Whoever opened it ends it.
   */
  enclosing?: TWriteTx;
  /** Told of each write run again after the database broke a deadlock with it (the agent logs it). */
  onDeadlockRetry?: (info: { attempt: number; error: unknown }) => void;
};

/** Thrown only to roll a dry run back. */
class DryRunRollback extends Error {}

/**
 * Runs a write in one transaction, after reserving the ids it may need (`ids`, see reserveIds) in
 * a short one of their own. A dry run executes the very same statements and rolls them back, so
 * its prediction (number, totals, warnings) comes from the code that really writes, not from a
 * second implementation that could drift; the ids it reserved stay a gap. A write the database
 * broke a deadlock with runs again whole, ids and all (retryOnDeadlock); one joined to an enclosing
 * transaction cannot, since the deadlock rolled back its opener's work too.
 */
export async function runWrite<T>(options: {
  erp: TWriteDb;
  dryRun: boolean;
  ids: TIdNeeds | ((ctx: TNeedsContext) => Promise<TIdNeeds>);
  write: (ctx: TWriteContext) => Promise<T>;
}): Promise<T> {
  if (options.erp.enclosing) return runWriteOnce(options);
  return retryOnDeadlock({ write: () => runWriteOnce(options), onRetry: options.erp.onDeadlockRetry });
}

async function runWriteOnce<T>(options: {
  erp: TWriteDb;
  dryRun: boolean;
  ids: TIdNeeds | ((ctx: TNeedsContext) => Promise<TIdNeeds>);
  write: (ctx: TWriteContext) => Promise<T>;
}): Promise<T> {
  const { erp } = options;
  const h = createDialectHelpers({ dialect: erp.dialect });
  const needs = options.ids;
  const ids = await reserveIds({ erp, needs: typeof needs === "function" ? needs : () => needs });
  let predicted: { value: T } | undefined;
  try {
    return await inWriteTransaction(erp, async (tx) => {
      const knownProducts = knownProductsOf(erp.db);
      const result = await options.write({ tx, h, dialect: erp.dialect, ids, knownProducts });
      if (!options.dryRun) return result;
      predicted = { value: result };
      throw new DryRunRollback("dry run: rolled back");
    });
  } catch (error) {
    if (error instanceof DryRunRollback && predicted) return predicted.value;
    throw error;
  }
}
