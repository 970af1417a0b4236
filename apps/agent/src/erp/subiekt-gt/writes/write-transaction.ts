import type { TWriteDb, TWriteTx } from "./run-write.ts";

/**
 * The write's own transaction, or the enclosing one the writes joined (see TWriteDb.enclosing).
 * Joined writes are not rolled back one by one: a dry run inside an enclosing transaction leaves
 * its rows there until its opener ends it, so the preflight writes for real and rolls back whole.
 */
export function inWriteTransaction<T>(erp: TWriteDb, work: (tx: TWriteTx) => Promise<T>): Promise<T> {
  return erp.enclosing ? work(erp.enclosing) : erp.db.transaction().execute(work);
}
