import { getDb } from "../../platform/database/db.ts";

/**
 * When the figures were last brought up to date: the documents sync's last success (reports are
 * built from the documents it copies), and the newest sale day they hold, for a company that has
 * sales but no sync yet (figures loaded another way, as in the demo).
 */
export async function getDataAsOf(options: {
  companyId: string;
}): Promise<{ syncedAt: Date | null; lastSaleDay: Date | null }> {
  const db = getDb();
  const [state, last] = await Promise.all([
    db.syncState.findUnique({
      where: { companyId_group: { companyId: options.companyId, group: "DOCUMENTS" } },
      select: { lastSuccessAt: true },
    }),
    db.reportDocument.findFirst({
      where: { companyId: options.companyId },
      orderBy: { day: "desc" },
      select: { day: true },
    }),
  ]);
  return { syncedAt: state?.lastSuccessAt ?? null, lastSaleDay: last?.day ?? null };
}
