import { createHash } from "node:crypto";
import pg from "pg";
import { Prisma } from "../../../generated/prisma/client.ts";
import { getPool } from "./db.ts";

/** `timestamp` columns hold UTC wall clock (see getPool): read as UTC, as Prisma reads them. */
const utcTimestamps = new pg.TypeOverrides();
utcTimestamps.setTypeParser(pg.types.builtins.TIMESTAMP, (text) => new Date(`${text.replace(" ", "T")}Z`));

/** A value as Prisma would send it: instants as UTC ISO text, decimals as their digits. */
function wireValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  return value;
}

/**
 * Runs one statement built with `Prisma.sql` on the pool itself, without Prisma's client: for the
 * few statements on the hottest path (the order intake: the API key's count, its context read, its
 * insert), where the client's own work per query was one of the largest items in the portal's CPU
 * profile (bench:intake). Rows come back as pg parses them (json as objects, int as numbers,
 * timestamps as UTC instants); a numeric or bigint column comes back as text, so cast it in SQL.
 * Outside a transaction only: inside one, go through its `tx` (the pool refuses a second connection).
 *
 * `prepared`: each connection parses the statement's text once and then only binds its values
 * (PostgreSQL's work per order, on a machine whose other core it is); it is still planned with its
 * values on every run (POOL_SESSION_OPTIONS says why). Only for a statement
 * whose text is one of a few (its values vary, not its SQL): every distinct text stays prepared
 * on every pooled connection.
 */
export async function querySql<T>(statement: Prisma.Sql, options: { prepared?: boolean } = {}): Promise<T[]> {
  const { text } = statement;
  const result = await getPool().query({
    ...(options.prepared && { name: preparedName(text) }),
    text,
    values: statement.values.map(wireValue),
    types: utcTimestamps,
  });
  return result.rows as T[];
}

/** Prepared statements' names by their text: a few texts, each hashed once, not once per query. */
const preparedNames = new Map<string, string>();

function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (name === undefined) {
    name = `q${createHash("sha1").update(text).digest("base64url")}`;
    preparedNames.set(text, name);
  }
  return name;
}
