import { sql, type RawBuilder } from "kysely";
import { textKey } from "../schema/text-key.ts";
import type { TWriteContext } from "./run-write.ts";

/**
 * Serialises our writers without locking anything of Subiekt's: application locks (SQL Server's
 * sp_getapplock, PostgreSQL's advisory locks) held to the end of the write's transaction. Each
 * guards one thing, so writes of different orders wait for each other only where they must:
 * - a document key (`documentKeyLock`): a key looked up and not found is still free when inserted;
 * - a customer's NIP, e-mail and symbol (`customerLocks`): two writes of one new customer cannot
 *   both miss the look-up and insert it twice;
 * - "documents": the next number in a series is one writer's (held from the number to the commit).
 * Subiekt's users never wait on them (the writer used to hold UPDLOCK on ins_ident's counter rows,
 * which blocked every save in Subiekt). Always taken in that order (a key, then customers in name
 * order, then documents; stock rows after documents, in product order), so our writers never
 * deadlock on them; the one exception is a rolled-back preflight, whose keys nobody else takes.
 */
export type TWriteLock = string;

export const DOCUMENTS_LOCK: TWriteLock = "documents";

/** The lock of one external document key (an order's ZK key, a sale's...). */
export function documentKeyLock(externalKey: string): TWriteLock {
  return `key:${textKey(externalKey)}`;
}

/**
 * The locks of every value a customer look-up may match on (NIP, e-mail, symbol), in name order:
 * a write that would find the customer another write is creating shares one of them with it.
 */
export function customerLocks(customer: { nip?: string; email?: string; symbol: string }): TWriteLock[] {
  const locks = [`customer:symbol:${textKey(customer.symbol)}`];
  if (customer.nip !== undefined) locks.push(`customer:nip:${customer.nip.replace(/[^0-9]/g, "")}`);
  if (customer.email !== undefined) locks.push(`customer:email:${customer.email.toLowerCase()}`);
  return locks.sort();
}

export function writeLockQuery(ctx: Pick<TWriteContext, "dialect">, lock: TWriteLock): RawBuilder<unknown> {
  const resource = `erp-bridge:${lock}`;
  if (ctx.dialect === "mssql") {
    // -3: chosen as a deadlock victim (thrown as a deadlock, see retry-deadlock.ts); -1: timed out.
    return sql`declare @granted int;
exec @granted = sp_getapplock @Resource = ${resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000;
if @granted = -3 throw 51205, 'ERP Bridge: chosen as a deadlock victim waiting for a write lock', 1;
if @granted < 0 throw 51000, 'ERP Bridge: another write held the lock for 60 s', 1;
select @granted as ${sql.id("granted")}`;
  }
  return sql`select pg_advisory_xact_lock(hashtext(${resource})) as ${sql.id("granted")}`;
}

/** Takes the locks one after another, in the order given (see TWriteLock for the order to keep). */
export async function lockWrites(ctx: Pick<TWriteContext, "dialect" | "tx">, ...locks: TWriteLock[]): Promise<void> {
  for (const lock of locks) await writeLockQuery(ctx, lock).execute(ctx.tx);
}
