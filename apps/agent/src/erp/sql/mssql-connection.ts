import type { CompiledQuery, DatabaseConnection, QueryResult, TransactionSettings } from "kysely";
import mssql, { type ConnectionPool, type Request, type Transaction } from "mssql";
import { toMssqlParam } from "./mssql-param.ts";

const ISOLATION_LEVELS = {
  "read uncommitted": mssql.ISOLATION_LEVEL.READ_UNCOMMITTED,
  "read committed": mssql.ISOLATION_LEVEL.READ_COMMITTED,
  "repeatable read": mssql.ISOLATION_LEVEL.REPEATABLE_READ,
  serializable: mssql.ISOLATION_LEVEL.SERIALIZABLE,
  snapshot: mssql.ISOLATION_LEVEL.SNAPSHOT,
} as const;

/**
 * One Kysely connection over an mssql pool. mssql hands out physical connections per request,
 * so outside a transaction each query may run on a different session; inside one, every query
 * runs on the transaction's session. Session state (SET options, #temp tables) therefore needs a transaction.
 */
export class MssqlPoolConnection implements DatabaseConnection {
  readonly #pool: ConnectionPool;
  #transaction: Transaction | undefined;
  #transactionAborted = false;
  #inflight: Request | undefined;

  constructor(options: { pool: ConnectionPool }) {
    this.#pool = options.pool;
  }

  async beginTransaction(settings: TransactionSettings): Promise<void> {
    if (settings.accessMode !== undefined) throw new Error("SQL Server has no read-only or read-write transactions");
    const transaction = this.#pool.transaction();
    this.#transactionAborted = false;
    // The server rolls some transactions back on its own (deadlock victim, XACT_ABORT); mssql then refuses rollback().
    transaction.on("rollback", (aborted: boolean) => {
      if (aborted) this.#transactionAborted = true;
    });
    await transaction.begin(settings.isolationLevel ? ISOLATION_LEVELS[settings.isolationLevel] : undefined);
    this.#transaction = transaction;
  }

  async commitTransaction(): Promise<void> {
    const transaction = this.#endTransaction();
    await transaction.commit();
  }

  async rollbackTransaction(): Promise<void> {
    const transaction = this.#endTransaction();
    if (!this.#transactionAborted) await transaction.rollback();
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const request = this.#request(compiledQuery);
    this.#inflight = request;
    try {
      const result = await request.query<R>(compiledQuery.sql);
      const affected = result.rowsAffected.reduce((sum, count) => sum + count, 0);
      return { rows: result.recordset ?? [], numAffectedRows: BigInt(affected) };
    } finally {
      this.#inflight = undefined;
    }
  }

  /** Reads rows as the caller consumes them: mssql pauses the request while a chunk waits, so memory stays bounded. */
  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    const request = this.#request(compiledQuery);
    const stream = request.toReadableStream({ highWaterMark: chunkSize });
    this.#inflight = request;
    let finished = false;
    request.query(compiledQuery.sql).catch((error: unknown) => stream.destroy(toError(error)));
    try {
      let rows: R[] = [];
      for await (const row of stream) {
        rows.push(row as R);
        if (rows.length < chunkSize) continue;
        yield { rows };
        rows = [];
      }
      finished = true;
      if (rows.length > 0) yield { rows };
    } finally {
      // The caller stopped early: stop the server too rather than reading the rest to discard it.
      if (!finished) request.cancel();
      this.#inflight = undefined;
    }
  }

  async cancelQuery(): Promise<void> {
    this.#inflight?.cancel();
  }

  #request(compiledQuery: CompiledQuery): Request {
    const request = this.#transaction ? this.#transaction.request() : this.#pool.request();
    compiledQuery.parameters.forEach((value, index) => {
      const param = toMssqlParam(value);
      // Kysely's T-SQL compiler numbers placeholders @1, @2, ...
      request.input(String(index + 1), param.type, param.value);
    });
    return request;
  }

  #endTransaction(): Transaction {
    const transaction = this.#transaction;
    if (!transaction) throw new Error("No transaction is open on this connection");
    this.#transaction = undefined;
    return transaction;
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
