import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";

type TScope = { open: boolean };

// On globalThis like the pool: Next's bundled route handlers load their own copy of this module.
const holder = globalThis as typeof globalThis & { __erpBridgeTxScope?: AsyncLocalStorage<TScope> };
const scopes = (holder.__erpBridgeTxScope ??= new AsyncLocalStorage<TScope>());

/** Thrown when code inside a transaction asks the pool for another connection. */
export class SecondConnectionInTransactionError extends Error {
  constructor() {
    super(
      "a query inside a transaction asked the pool for a second connection: pass the transaction (tx) down " +
        "instead of calling getDb() or the pool (on a pool of one connection this waits forever)",
    );
  }
}

/** Marks `fn`'s async work as running inside a transaction until it settles. */
export async function inTransactionScope<T>(fn: () => Promise<T>): Promise<T> {
  const scope: TScope = { open: true };
  try {
    return await scopes.run(scope, fn);
  } finally {
    // Work started inside and still running afterwards (a rare fire-and-forget) may connect.
    scope.open = false;
  }
}

/**
 * Runs `fn` outside any transaction scope: for work a transaction starts but does not wait for
 * (an in-process bus event), whose queries rightly queue behind the transaction's connection.
 */
export function detachFromTransaction(fn: () => void): void {
  scopes.exit(fn);
}

/**
 * Makes the pool refuse a connection to code running inside a transaction scope. Every pool
 * query goes through connect(), so this one check covers Prisma, raw pg and the job queue.
 */
export function guardTransactionConnections(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool);
  pool.connect = ((callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => {
    if (!scopes.getStore()?.open) return callback ? connect(callback) : connect();
    const error = new SecondConnectionInTransactionError();
    if (!callback) return Promise.reject(error);
    process.nextTick(() => callback(error));
    return undefined;
  }) as typeof pool.connect;
  return pool;
}
