import type { TActor } from "../../platform/auth/actor.ts";
import { getCompany } from "../../admin/companies/get-company.ts";
import { getDb } from "../../platform/database/db.ts";
import { SALES_TYPES } from "../reports/rollups/apply-sales-delta.ts";
import { leastRecentSuccess } from "../reports/get-data-as-of.ts";

/**
 * How current a company's sales figures are, and what came in since a moment: the documents
 * sync's last success ("data as of"; without one, when the copy last took in a document, as for
 * sales loaded otherwise), and the sale documents (invoices, receipts, corrections) the copy
 * took in after `since`, counted with their net value. Over every integration of the company: the
 * figures are as current as the least current of them, and failing when any of them fails.
 */
export async function getDataFreshness(options: { actor: TActor; companyId: string; since: Date | null }) {
  const company = await getCompany({ actor: options.actor, companyId: options.companyId });
  const db = getDb();
  const [states, latest, changed] = await Promise.all([
    db.syncState.findMany({
      where: { companyId: company.id, group: "DOCUMENTS" },
      select: { lastSuccessAt: true, lastErrorAt: true },
    }),
    db.erpDocument.aggregate({ where: { companyId: company.id }, _max: { updatedAt: true } }),
    options.since
      ? db.erpDocument.aggregate({
          where: { companyId: company.id, type: { in: SALES_TYPES }, updatedAt: { gt: options.since } },
          _count: true,
          _sum: { net: true },
        })
      : null,
  ]);
  const failing = states.some(
    (state) => state.lastErrorAt !== null && (state.lastSuccessAt === null || state.lastErrorAt > state.lastSuccessAt),
  );
  return {
    dataAsOf: leastRecentSuccess(states) ?? latest._max.updatedAt,
    /** The documents sync's last run failed: the figures may lag behind the ERP. */
    syncFailing: failing,
    since: options.since,
    changes: changed && { documents: changed._count, net: changed._sum.net?.toString() ?? "0" },
  };
}

export type TDataFreshness = Awaited<ReturnType<typeof getDataFreshness>>;
