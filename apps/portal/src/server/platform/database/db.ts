import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "../../../env.ts";
import { PrismaClient } from "../../../generated/prisma/client.ts";
import { guardTransactionConnections, inTransactionScope } from "./transaction-scope.ts";

export type TDb = PrismaClient;
/** A client or an open transaction: domain functions accept either as `tx`. */
export type TTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export type TTransactionOptions = { timeout?: number; maxWait?: number };

// The custom server and Next's bundled route handlers load this module separately; keeping
// the client on globalThis gives the process one pool (the embedded database allows one connection).
// The job queue shares the same pg pool.
const holder = globalThis as typeof globalThis & { __erpBridgeDb?: PrismaClient; __erpBridgePool?: pg.Pool };

/**
 * Settings of every pooled connection. Prisma stores DateTime as UTC wall clock in `timestamp`
 * columns: SQL's now() must agree. Every statement is planned with its own values, prepared ones
 * too (querySql's `prepared` then saves parsing only): after five runs PostgreSQL may otherwise keep
 * one generic plan per connection, made from the statistics of that moment, and one made while a
 * client's tables were small read every API key and sales channel for each order once they had
 * grown (test/integration/orders/prepared-plans.test.ts); a generic plan of the tunnel's claim read
 * every AgentCommand row (bench:tunnel at 500/s: p99 7.6 s).
 */
export const POOL_SESSION_OPTIONS = "-c TimeZone=UTC -c plan_cache_mode=force_custom_plan";

export function getPool(): pg.Pool {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the server starts the database first");
  if (!holder.__erpBridgePool) {
    const pool = new pg.Pool({
      connectionString: env.DATABASE_URL,
      max: env.DATABASE_POOL_SIZE,
      options: POOL_SESSION_OPTIONS,
    });
    holder.__erpBridgePool = guardTransactionConnections(pool);
  }
  return holder.__erpBridgePool;
}

export function getDb(): PrismaClient {
  holder.__erpBridgeDb ??= new PrismaClient({ adapter: new PrismaPg(getPool()) });
  return holder.__erpBridgeDb;
}

export async function disconnectDb(): Promise<void> {
  await holder.__erpBridgeDb?.$disconnect();
  await holder.__erpBridgePool?.end();
  holder.__erpBridgeDb = undefined;
  holder.__erpBridgePool = undefined;
}

/**
 * The one transaction helper: runs `fn` in a new transaction. Inside it every query must go
 * through `tx`; one that asks the pool for a second connection fails at once (see
 * transaction-scope.ts), because on the embedded database's single connection it would wait
 * for the transaction that waits for it.
 */
export function runTransaction<T>(fn: (tx: TTx) => Promise<T>, options?: TTransactionOptions): Promise<T> {
  return getDb().$transaction((tx) => inTransactionScope(() => fn(tx)), options);
}

/** Runs `fn` in the caller's transaction, or in a new one. */
export async function inTransaction<T>(tx: TTx | undefined, fn: (tx: TTx) => Promise<T>): Promise<T> {
  if (tx) return fn(tx);
  return runTransaction(fn);
}
