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
    // Each integration's newest day from its (integrationId, day) index: a company-wide
    // ORDER BY day would read every document of the company.
    db.$queryRaw<{ day: Date | null }[]>`
      SELECT max(d.day) AS day FROM "Integration" i
      CROSS JOIN LATERAL (
        SELECT r.day FROM "ReportDocument" r WHERE r."integrationId" = i.id ORDER BY r.day DESC LIMIT 1
      ) d
      WHERE i."companyId" = ${options.companyId}::uuid`,
  ]);
  return { syncedAt: leastRecentSuccess(states), lastSaleDay: last[0]?.day ?? null };
}

/** The oldest of the integrations' last successes; null when none has succeeded yet. */
export function leastRecentSuccess(states: { lastSuccessAt: Date | null }[]): Date | null {
  const times = states.map((s) => s.lastSuccessAt);
  if (times.length === 0 || times.some((t) => t === null)) return null;
  return new Date(Math.min(...times.map((t) => t?.getTime() ?? 0)));
}
