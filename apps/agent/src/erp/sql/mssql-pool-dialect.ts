import {
  MssqlAdapter,
  MssqlIntrospector,
  MssqlQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type TransactionSettings,
} from "kysely";
import mssql, { type config as MssqlConfig } from "mssql";
import { MssqlPoolConnection } from "./mssql-connection.ts";

/**
 * Kysely's SQL Server dialect on an mssql ConnectionPool instead of Kysely's own tedious driver,
 * so that parameters are sent with the types chosen in mssql-param.ts (Kysely's driver sends every
 * string as nvarchar, which makes SQL Server convert Subiekt's varchar columns and scan).
 */
export class MssqlPoolDialect implements Dialect {
  readonly #config: MssqlConfig;

  constructor(options: { config: MssqlConfig }) {
    this.#config = options.config;
  }

  createDriver(): Driver {
    return new MssqlPoolDriver({ pool: new mssql.ConnectionPool(this.#config) });
  }

  createQueryCompiler(): MssqlQueryCompiler {
    return new MssqlQueryCompiler();
  }

  createAdapter(): MssqlAdapter {
    return new MssqlAdapter();
  }

  createIntrospector(db: Parameters<Dialect["createIntrospector"]>[0]): MssqlIntrospector {
    return new MssqlIntrospector(db);
  }
}

class MssqlPoolDriver implements Driver {
  readonly #pool: mssql.ConnectionPool;

  constructor(options: { pool: mssql.ConnectionPool }) {
    this.#pool = options.pool;
  }

  async init(): Promise<void> {
    await this.#pool.connect();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new MssqlPoolConnection({ pool: this.#pool });
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await ours(connection).beginTransaction(settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await ours(connection).commitTransaction();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await ours(connection).rollbackTransaction();
  }

  async releaseConnection(): Promise<void> {
    // Physical connections go back to mssql's pool when each request or transaction ends.
  }

  async destroy(): Promise<void> {
    await this.#pool.close();
  }
}

function ours(connection: DatabaseConnection): MssqlPoolConnection {
  if (connection instanceof MssqlPoolConnection) return connection;
  throw new Error("MssqlPoolDriver was given a connection it did not create");
}
