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
 * insert), where the client's own work per query was a third of the portal's CPU per order
 * (bench:intake's profile). Rows come back as pg parses them (json as objects, int as numbers,
 * timestamps as UTC instants); a numeric or bigint column comes back as text, so cast it in SQL.
 * Outside a transaction only: inside one, go through its `tx` (the pool refuses a second connection).
 */
export async function querySql<T>(statement: Prisma.Sql): Promise<T[]> {
  const result = await getPool().query({
    text: statement.text,
    values: statement.values.map(wireValue),
    types: utcTimestamps,
  });
  return result.rows as T[];
}
