import { Kysely, type Dialect } from "kysely";
import { MssqlPoolDialect } from "./mssql-pool-dialect.ts";
import { parseMssqlUrl } from "./parse-mssql-url.ts";
import { createPostgresCursorDialect } from "./postgres-cursor-dialect.ts";

/** SQL Server in production; PostgreSQL for the ERP sandbox that tests and demos run on. */
export type TErpDialect = "mssql" | "postgres";

export type TErpDb<DB> = {
  db: Kysely<DB>;
  dialect: TErpDialect;
  close: () => Promise<void>;
};

/**
 * Opens an ERP database by URL scheme: `mssql:`/`sqlserver:` or `postgres:`/`postgresql:`.
 * Connections open lazily, on the first query; `close` ends the pool.
 */
export function createErpDb<DB>(options: { url: string }): TErpDb<DB> {
  const { dialect, kyselyDialect } = pickDialect(options.url);
  const db = new Kysely<DB>({ dialect: kyselyDialect });
  return { db, dialect, close: () => db.destroy() };
}

function pickDialect(url: string): { dialect: TErpDialect; kyselyDialect: Dialect } {
  // Only the scheme is echoed: the rest of the URL may hold a password.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "mssql" || scheme === "sqlserver") {
    return { dialect: "mssql", kyselyDialect: new MssqlPoolDialect({ config: parseMssqlUrl({ url }) }) };
  }
  if (scheme === "postgres" || scheme === "postgresql") {
    return { dialect: "postgres", kyselyDialect: createPostgresCursorDialect({ url }) };
  }
  throw new Error(`ERP database URL: scheme ${scheme ?? "(none)"} is not mssql, sqlserver or postgres`);
}
