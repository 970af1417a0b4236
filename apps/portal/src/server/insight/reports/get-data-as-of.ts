import { getDb } from "../../platform/database/db.ts";

/**
 * When the figures were last brought up to date: the documents sync's last success (reports are
 * built from the documents it copies), and the newest sale day they hold, for a company that has
 * sales but no sync yet (figures loaded another way, as in the demo). Over every integration of
 * the company: as current as the least current one.
 */
export async function getDataAsOf(options: {
  companyId: string;
}): Promise<{ syncedAt: Date | null; lastSaleDay: Date | null }> {
  const db = getDb();
  const [states, last] = await Promise.all([
    db.syncState.findMany({
      where: { companyId: options.companyId, group: "DOCUMENTS" },
      select: { lastSuccessAt: true },
    }),
    db.reportDocument.findFirst({
      where: { companyId: options.companyId },
      orderBy: { day: "desc" },
      select: { day: true },
    }),
  ]);
  return { syncedAt: leastRecentSuccess(states), lastSaleDay: last?.day ?? null };
}

/** The oldest of the integrations' last successes; null when none has succeeded yet. */
export function leastRecentSuccess(states: { lastSuccessAt: Date | null }[]): Date | null {
  const times = states.map((s) => s.lastSuccessAt);
  if (times.length === 0 || times.some((t) => t === null)) return null;
  return new Date(Math.min(...times.map((t) => t?.getTime() ?? 0)));
}
