import { Prisma } from "../../../generated/prisma/client.ts";

/**
 * An expression that makes the transaction of the statement it is evaluated in commit without
 * waiting for its WAL flush (`synchronous_commit` off for that transaction alone). Put it in a CTE
 * or FROM item the statement reads: set_config is volatile, so it runs, and PostgreSQL reads the
 * setting at commit.
 *
 * Only for a write whose loss in a crash of PostgreSQL (or of its machine) is harmless: the next
 * flush, by the WAL writer within a fraction of a second or by any later commit that waits for the
 * disk, takes it along, and PostgreSQL never keeps a later commit without the earlier ones, so
 * anything durable that was decided after reading the write keeps it. The commit is visible to
 * every other session at once, like any other.
 */
export const COMMIT_WITHOUT_FLUSH = Prisma.sql`set_config('synchronous_commit', 'off', true)`;
