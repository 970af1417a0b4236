import { Prisma } from "../../../generated/prisma/client.ts";
import { getDb } from "../database/db.ts";

// Counted in PostgreSQL so every portal process sees the same attempts.
const WINDOW_MS = 15 * 60_000;

export type TThrottleKey = { key: string; max: number };

/**
 * Takes one attempt on every key before the caller checks a password or code: one atomic
 * statement per key, so a burst of parallel guesses is counted one by one and whatever is over
 * the limit is refused without being checked. A key past its limit is locked for `lockMinutes`;
 * the window (15 minutes) and a lock start over once they have passed. True when every key allows it.
 */
export async function takeAttempt(options: { keys: TThrottleKey[]; lockMinutes: number }): Promise<boolean> {
  const now = new Date();
  const lockedUntil = new Date(now.getTime() + options.lockMinutes * 60_000);
  const windowFloor = new Date(now.getTime() - WINDOW_MS);
  const expired = Prisma.sql`((t."lockedUntil" IS NULL AND t."windowStart" < ${windowFloor}) OR t."lockedUntil" <= ${now})`;
  let allowed = true;
  for (const { key, max } of options.keys) {
    const [row] = await getDb().$queryRaw<{ failures: number }[]>`
      INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN ${expired} THEN 1 ELSE t."failures" + 1 END,
        "windowStart" = CASE WHEN ${expired} THEN ${now} ELSE t."windowStart" END,
        "lockedUntil" = CASE WHEN ${expired} THEN NULL
                             WHEN t."lockedUntil" > ${now} THEN t."lockedUntil"
                             WHEN t."failures" + 1 > ${max} THEN ${lockedUntil}
                             ELSE NULL END
      RETURNING "failures"`;
    if (!row || row.failures > max) allowed = false;
  }
  return allowed;
}

/**
 * After a success: the keys named in `clear` start over (the account and address that just
 * proved themselves), and the attempt is given back on `giveBack` (an address many people share
 * should count only their failures).
 */
export async function settleSuccess(options: { clear: string[]; giveBack: string[] }): Promise<void> {
  if (options.clear.length > 0) await getDb().signInThrottle.deleteMany({ where: { key: { in: options.clear } } });
  if (options.giveBack.length > 0) {
    await getDb().signInThrottle.updateMany({
      where: { key: { in: options.giveBack }, failures: { gt: 0 } },
      data: { failures: { decrement: 1 } },
    });
  }
}
