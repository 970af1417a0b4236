import { sql, type RawBuilder } from "kysely";
import type { TWriteContext } from "./run-write.ts";

/**
 * Serialises our writers without locking anything of Subiekt's: an application lock (SQL Server's
 * sp_getapplock, PostgreSQL's advisory lock) held to the end of the write's transaction. Two of our
 * writes of the same kind wait for each other, so a key looked up and not found is still free when
 * inserted and the next number in a series is one writer's; Subiekt's users never wait on it (the
 * writer used to hold UPDLOCK on ins_ident's counter rows, which blocked every save in Subiekt).
 * Documents are locked before customers, always in that order.
 */
export type TWriteLock = "documents" | "customers";

export function writeLockQuery(ctx: Pick<TWriteContext, "dialect">, lock: TWriteLock): RawBuilder<unknown> {
  const resource = `erp-bridge:${lock}`;
  if (ctx.dialect === "mssql") {
    return sql`declare @granted int;
exec @granted = sp_getapplock @Resource = ${resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000;
if @granted < 0 throw 51000, 'ERP Bridge: another write held the lock for 60 s', 1;
select @granted as ${sql.id("granted")}`;
  }
  return sql`select pg_advisory_xact_lock(hashtext(${resource})) as ${sql.id("granted")}`;
}

export async function lockWrites(ctx: Pick<TWriteContext, "dialect" | "tx">, lock: TWriteLock): Promise<void> {
  await writeLockQuery(ctx, lock).execute(ctx.tx);
}
