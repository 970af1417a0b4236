import type { TActor } from "../../platform/auth/actor.ts";
import { runTransaction } from "../../platform/database/db.ts";

/** Opening the landing page again within this long is the same visit (a refresh, a way back). */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * Notes that the user opened their landing page now and answers when their previous visit
 * ended (null during their first): the page tells what changed since then. Opening it again
 * within half an hour is the same visit, so a refresh does not wipe the "since your last visit" line.
 */
export async function recordHomeVisit(options: { actor: TActor; now?: Date }): Promise<Date | null> {
  const now = options.now ?? new Date();
  const userId = options.actor.userId;
  return runTransaction(async (tx) => {
    const seen = await tx.homeVisit.findUnique({ where: { userId } });
    const newVisit = seen !== null && now.getTime() - seen.lastSeenAt.getTime() >= VISIT_GAP_MS;
    const previousVisitAt = newVisit ? seen.lastSeenAt : (seen?.previousVisitAt ?? null);
    await tx.homeVisit.upsert({
      where: { userId },
      create: { userId, lastSeenAt: now },
      update: { lastSeenAt: now, previousVisitAt },
    });
    return previousVisitAt;
  });
}
