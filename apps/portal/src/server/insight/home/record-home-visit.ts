import type { TActor } from "../../platform/auth/actor.ts";
import { runTransaction } from "../../platform/database/db.ts";

/** Opening the landing page again within this long is the same visit (a refresh, a way back). */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * Notes that the user opened their landing page now and answers when their previous visit
 * ended (null on their first): the page tells what changed since then. Opening it again within
 * half an hour is the same visit, so a refresh does not wipe the "since your last visit" line.
 */
export async function recordHomeVisit(options: { actor: TActor; now?: Date }): Promise<Date | null> {
  const now = options.now ?? new Date();
  return runTransaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: options.actor.userId },
      select: { lastSeenHomeAt: true, previousVisitAt: true },
    });
    const seen = user.lastSeenHomeAt;
    const newVisit = seen !== null && now.getTime() - seen.getTime() >= VISIT_GAP_MS;
    const previousVisitAt = newVisit ? seen : user.previousVisitAt;
    await tx.user.update({ where: { id: options.actor.userId }, data: { lastSeenHomeAt: now, previousVisitAt } });
    return previousVisitAt;
  });
}
