import { env } from "../../../env.ts";
import { getDb } from "../database/db.ts";

// Counted in PostgreSQL so every portal process sees the same failures.
const WINDOW_MS = 15 * 60_000;

export async function isSignInLocked(keys: string[]): Promise<boolean> {
  const now = new Date();
  const locked = await getDb().signInThrottle.count({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
  });
  return locked > 0;
}

/** Adds one failure per key (e-mail, client address); a key past the limit is locked. */
export async function recordSignInFailure(keys: string[]): Promise<void> {
  const now = new Date();
  const lockedUntil = new Date(now.getTime() + env.SIGN_IN_LOCK_MINUTES * 60_000);
  const windowFloor = new Date(now.getTime() - WINDOW_MS);
  for (const key of keys) {
    // One statement per key: an atomic upsert that restarts the window when it has expired.
    await getDb().$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil")
      VALUES (${key}, 1, ${now}, NULL)
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN 1
                          ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowFloor} THEN ${now}
                             ELSE "SignInThrottle"."windowStart" END,
        "lockedUntil" = CASE WHEN "SignInThrottle"."windowStart" >= ${windowFloor}
                               AND "SignInThrottle"."failures" + 1 >= ${env.SIGN_IN_MAX_FAILURES}
                             THEN ${lockedUntil} ELSE "SignInThrottle"."lockedUntil" END`;
  }
}

export async function clearSignInFailures(keys: string[]): Promise<void> {
  await getDb().signInThrottle.deleteMany({ where: { key: { in: keys } } });
}
