import { randomBytes } from "node:crypto";
import {
  CompiledQuery,
  PostgresDialect,
  type AbortableOperationOptions,
  type ControlConnectionProvider,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import pg from "pg";
import { parsePostgresUrl } from "./parse-postgres-url.ts";

const NUMERIC = 1700;
const INT8 = 20;
const TIMESTAMP = 1114;

/**
 * Kysely's PostgreSQL dialect for the ERP sandbox, reading values as mssql reads them from
 * SQL Server (decimal/money and counts as numbers; datetime, stored as UTC wall-clock time in
 * the sandbox, as the same Date in every time zone), and streaming through a server-side cursor:
 * Kysely's own streaming needs the pg-cursor package, which the agent does not ship.
 * `poolMax` in the URL caps the pool (see parsePostgresUrl).
 */
export function createPostgresCursorDialect(options: { url: string }): Dialect {
  // pg sends a Date in the host's time zone, which a `timestamp` column keeps as wall clock:
  // on a host outside UTC every ERP datetime would shift. Sent as UTC, the wall clock carried in
  // the Date's UTC fields (erp/time/erp-clock.ts) arrives unchanged. pg has only a global switch;
  // UTC with an explicit offset is also exact for `timestamptz`.
  pg.defaults.parseInputDatesAsUTC = true;
  const { connectionString, max } = parsePostgresUrl({ url: options.url });
  const pool = new pg.Pool({
    connectionString,
    ...(max !== undefined && { max }),
    types: {
      getTypeParser: (oid: number, format?: "text" | "binary") => {
        if (oid === NUMERIC || oid === INT8) return (value: string) => Number(value);
        if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
        // pg-types declares its parsers as `any`.
        const parser: unknown =
          format === "binary" ? pg.types.getTypeParser(oid, "binary") : pg.types.getTypeParser(oid, "text");
        return parser as (value: string | Buffer) => unknown;
      },
    },
  });
  // An idle connection the server dropped: the pool opens a new one on next use. Without a
  // listener, pg would take the error to the process and stop the agent.
  pool.on("error", () => undefined);
  const base = new PostgresDialect({ pool });
  return {
    createDriver: () => new CursorDriver({ driver: base.createDriver() }),
    createQueryCompiler: () => base.createQueryCompiler(),
    createAdapter: () => base.createAdapter(),
    createIntrospector: (db) => base.createIntrospector(db),
  };
}

/** Kysely's driver, with its connections wrapped so streams can tell whether a transaction is open. */
class CursorDriver implements Driver {
  readonly #driver: Driver;

  constructor(options: { driver: Driver }) {
    this.#driver = options.driver;
  }

  init = () => this.#driver.init();
  destroy = () => this.#driver.destroy();

  async acquireConnection(): Promise<DatabaseConnection> {
    return new CursorConnection({ inner: await this.#driver.acquireConnection() });
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#driver.releaseConnection(unwrap(connection).inner);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const cursorConnection = unwrap(connection);
    await this.#driver.beginTransaction(cursorConnection.inner, settings);
    cursorConnection.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const cursorConnection = unwrap(connection);
    cursorConnection.inTransaction = false;
    await this.#driver.commitTransaction(cursorConnection.inner);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const cursorConnection = unwrap(connection);
    cursorConnection.inTransaction = false;
    await this.#driver.rollbackTransaction(cursorConnection.inner);
  }
}

class CursorConnection implements DatabaseConnection {
  readonly inner: DatabaseConnection;
  inTransaction = false;

  constructor(options: { inner: DatabaseConnection }) {
    this.inner = options.inner;
  }

  executeQuery<R>(compiledQuery: CompiledQuery, options?: AbortableOperationOptions): Promise<QueryResult<R>> {
    return this.inner.executeQuery<R>(compiledQuery, options);
  }

  async cancelQuery(provider: ControlConnectionProvider): Promise<void> {
    await this.inner.cancelQuery?.(provider);
  }

  async killSession(provider: ControlConnectionProvider): Promise<void> {
    await this.inner.killSession?.(provider);
  }

  /** DECLARE ... CURSOR and FETCH one chunk at a time, in a transaction of its own unless one is open. */
  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    if (!Number.isSafeInteger(chunkSize) || chunkSize < 1) throw new RangeError(`Invalid chunk size ${chunkSize}`);
    const cursor = `erp_stream_${randomBytes(6).toString("hex")}`;
    const ownTransaction = !this.inTransaction;
    let failed = false;
    if (ownTransaction) await this.#run("begin");
    try {
      const declare = `declare ${cursor} no scroll cursor for ${compiledQuery.sql}`;
      await this.inner.executeQuery(CompiledQuery.raw(declare, [...compiledQuery.parameters]));
      while (true) {
        const { rows } = await this.inner.executeQuery<R>(
          CompiledQuery.raw(`fetch forward ${chunkSize} from ${cursor}`),
        );
        if (rows.length > 0) yield { rows };
        if (rows.length < chunkSize) break;
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // Ending our own transaction closes the cursor; in the caller's, close it unless the transaction already failed.
      if (ownTransaction) await this.#run(failed ? "rollback" : "commit");
      else if (!failed) await this.#run(`close ${cursor}`);
    }
  }

  #run(statement: string): Promise<QueryResult<unknown>> {
    return this.inner.executeQuery(CompiledQuery.raw(statement));
  }
}

function unwrap(connection: DatabaseConnection): CursorConnection {
  if (connection instanceof CursorConnection) return connection;
  throw new Error("CursorDriver was given a connection it did not create");
}
