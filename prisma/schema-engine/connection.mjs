// Connection-string helpers shared by the RPC engine and the `cli` sub-commands.
import pg from "pg";

/**
 * Splits a Prisma-style PostgreSQL URL into what node-postgres understands and the Prisma-only
 * `schema` parameter (node-postgres would otherwise receive it as an unknown option).
 * @param {string} url
 * @returns {{ connectionString: string, schema: string, database: string, host: string }}
 */
export function parseUrl(url) {
  if (!url) throw Object.assign(new Error("The datasource URL is empty (set DATABASE_URL)."), { code: "P1012" });
  const parsed = new URL(url);
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw Object.assign(
      new Error(`Only postgres:// URLs are supported by this schema engine, got ${parsed.protocol}`),
      {
        code: "P1013",
      },
    );
  }
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  return {
    connectionString: parsed.toString(),
    schema,
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
    host: `${parsed.hostname}:${parsed.port || "5432"}`,
  };
}

/**
 * The same URL pointing at another database on the same server.
 * @param {string} url
 * @param {string} database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** @param {string} name */
export const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs `fn` with a short-lived single client (used for CREATE/DROP DATABASE, which cannot go
 * through the engine's own connection because they address other databases).
 * @template T
 * @param {string} connectionString
 * @param {(client: pg.Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withClient(connectionString, fn) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Maps node-postgres connection failures to the Prisma error codes the CLI knows how to present
 * (P1003 makes `migrate dev` offer to create the database).
 * @param {any} error
 * @param {{ database: string, host: string }} target
 * @returns {{ code: string, message: string }}
 */
export function toPrismaError(error, target) {
  if (error?.code === "3D000") {
    return {
      code: "P1003",
      message: `Database \`${target.database}\` does not exist on the database server at \`${target.host}\`.`,
    };
  }
  if (error?.code === "ECONNREFUSED" || error?.code === "ENOTFOUND" || error?.code === "ETIMEDOUT") {
    return { code: "P1001", message: `Can't reach database server at \`${target.host}\`.` };
  }
  if (error?.code === "28P01" || error?.code === "28000") {
    return { code: "P1000", message: `Authentication failed against database server at \`${target.host}\`.` };
  }
  return { code: error?.code?.startsWith?.("P") ? error.code : "P1000", message: String(error?.message ?? error) };
}
