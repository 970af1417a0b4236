import type { TTx } from "../../../platform/database/db.ts";
import { applySalesDelta, SALES_TYPES } from "./apply-sales-delta.ts";

/**
 * Before documents are rewritten: takes what they added out of the rollups (with their lines as
 * they still are) and forgets them. Returns the days touched, for dropEmptyRows afterwards.
 */
export async function retractReportDocuments(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  ids: number[];
}): Promise<Date[]> {
  const { tx, companyId, integrationId, ids } = options;
  const known = await tx.reportDocument.groupBy({
    by: ["type"],
    where: { integrationId, documentId: { in: ids } },
    _count: true,
  });
  if (known.length === 0) return [];
  if (known.some((k) => SALES_TYPES.includes(k.type)))
    await applySalesDelta({ tx, companyId, integrationId, ids, sign: -1 });
  const gone = await tx.$queryRaw<{ day: Date; type: string }[]>`
    DELETE FROM "ReportDocument" WHERE "integrationId" = ${integrationId}::uuid AND "documentId" = ANY(${ids}::int[])
    RETURNING "day", "type"`;
  // Orders (ZK) are re-read when their status changes; they are in no rollup.
  const sales = gone.filter((r) => SALES_TYPES.includes(r.type));
  return [...new Map(sales.map((r) => [r.day.getTime(), r.day])).values()];
}
