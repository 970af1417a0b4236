// The driver adapter the wasm engine talks to: @prisma/adapter-pg, with three fixes the schema
// engine needs that the adapter (built for the query engine) does not provide.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
// adapter-pg's own dependency (a single hoisted copy): turns adapter methods into the
// Result-returning, `this`-free functions the wasm engine calls.
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { parseUrl, quoteIdent, withClient, withDatabase } from "./connection.mjs";

/** Log line in the engine's stderr format (visible with DEBUG="prisma:schemaEngine*"). */
const log = (/** @type {string} */ message) =>
  process.stderr.write(JSON.stringify({ level: "INFO", target: "schema_engine::shadow", fields: { message } }) + "\n");

const PG_CHAR = 18; // the internal one-byte `"char"` type (pg_class.relkind, pg_constraint.contype, ...)
const PG_TEXT = 25;

/**
 * Fix 1: adapter-pg rejects result columns of type "char" (UnsupportedNativeDataType), but the
 * engine's catalog introspection selects many of them. node-postgres already parses them as
 * strings, so relabelling the field as text before adapter-pg maps column types is enough.
 * PgQueryable (shared by the adapter and its transactions) is not exported: reach it via the
 * prototype chain of a connected adapter, once.
 * @param {object} adapter
 */
function patchCharColumns(adapter) {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  if (queryable.__charPatched) return;
  const performIO = queryable.performIO;
  queryable.performIO = async function (/** @type {any} */ query) {
    if (process.env.SCHEMA_ENGINE_LOG_SQL) log(`query: ${query.sql}`);
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  queryable.__charPatched = true;
}

/**
 * Connects adapter-pg over a one-connection pool.
 * Fix 2: a single connection keeps session state (the migration advisory lock, SET commands) on
 * one backend, as the native engine does; a bigger pool could unlock on a different session.
 * Fix 3: executeScript sends the whole script as one simple-protocol query instead of adapter-pg's
 * naive split on ";", which breaks on semicolons inside strings, comments or $$ bodies.
 * @param {string} url
 * @param {() => Promise<void>} [afterDispose]
 */
async function connectAdapter(url, afterDispose) {
  const { connectionString, schema } = parseUrl(url);
  const pool = new pg.Pool({ connectionString, max: 1 });
  const adapter = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
  patchCharColumns(adapter);
  adapter.executeScript = async (/** @type {string} */ script) => {
    if (process.env.SCHEMA_ENGINE_LOG_SQL) log(`script: ${script}`);
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await afterDispose?.();
  };
  return adapter;
}

/**
 * Stand-in connection for runs without a URL (e.g. `migrate diff --from-empty --to-schema`). The
 * engine probes the server version when it starts even if the command never touches a database;
 * answer that probe with a neutral PostgreSQL 16 and fail every other statement.
 */
function missingUrlAdapter() {
  const fail = async () => {
    throw Object.assign(new Error("No datasource URL: set DATABASE_URL (prisma.config.ts datasource.url)."), {
      code: "P1012",
    });
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw(/** @type {{ sql: string }} */ query) {
      if (!query.sql.includes("server_version_num")) return fail();
      // Boolean, Text, Int32 in driver-adapter-utils' ColumnTypeEnum.
      const columnNames = ["exists", "version", "numeric_version"];
      return { columnNames, columnTypes: [5, 7, 0], rows: [[true, "PostgreSQL 16.0 (no database)", 160000]] };
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
    dispose: async () => {},
  };
}

/**
 * Builds the migration-aware adapter factory handed to SchemaEngine.new().
 * connectToShadowDb: adapter-pg's own version reconnects to the MAIN database (the connection
 * string wins over its `database` override), so we create `<db>_shadow_<random>` ourselves and
 * drop it on dispose. With a configured shadowDatabaseUrl we empty that database's schema first.
 * @param {{ url?: string, shadowDatabaseUrl?: string }} datasource
 */
export function createAdapterFactory(datasource) {
  /** @type {Set<() => Promise<void>>} shadow databases still to drop */
  const pendingDrops = new Set();

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    // Without a URL (e.g. `migrate diff --from-empty --to-schema`) the engine still connects at
    // construction; hand it an adapter that only fails if it is actually used.
    connect: () => (datasource.url ? connectAdapter(datasource.url) : missingUrlAdapter()),
    async connectToShadowDb() {
      if (datasource.shadowDatabaseUrl) {
        const { connectionString, schema } = parseUrl(datasource.shadowDatabaseUrl);
        await withClient(connectionString, (c) =>
          c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE; CREATE SCHEMA ${quoteIdent(schema)}`),
        );
        return connectAdapter(datasource.shadowDatabaseUrl);
      }
      const main = parseUrl(datasource.url ?? "");
      const name = `${main.database.slice(0, 40)}_shadow_${randomBytes(6).toString("hex")}`;
      await withClient(main.connectionString, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      log(`Created shadow database ${name}`);
      const drop = async () => {
        pendingDrops.delete(drop);
        await withClient(main.connectionString, (c) =>
          c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
        );
        log(`Dropped shadow database ${name}`);
      };
      pendingDrops.add(drop);
      return connectAdapter(withDatabase(datasource.url ?? "", name), drop);
    },
  };

  return {
    bound: bindMigrationAwareSqlAdapterFactory(factory),
    /** Drops shadow databases the engine did not dispose of (called after every RPC request). */
    async dropShadowDatabases() {
      await Promise.allSettled([...pendingDrops].map((drop) => drop()));
    },
  };
}
