import { ERROR_QUEUE_STATES } from "../../orders/count-failed-orders.ts";
import { getDb } from "../../platform/database/db.ts";
import type { TFigureReaders } from "../../platform/metrics/metrics.ts";

/**
 * What an operator watches, read across every company at each /metrics scrape. An agent counts
 * as online when flagged so and heard from in the last two minutes (a live connection is pinged
 * every 15 s; an older flag is one a dead process left), as the sync scheduler counts it.
 */
export const OPERATOR_FIGURES: TFigureReaders = {
  errorQueue: () => getDb().order.count({ where: { erpState: { in: ERROR_QUEUE_STATES } } }),
  agentsOnline: () =>
    getDb().agent.count({
      where: { online: true, revokedAt: null, lastSeenAt: { gt: new Date(Date.now() - 2 * 60_000) } },
    }),
  async commandQueue() {
    const rows = await getDb().agentCommand.groupBy({
      by: ["status"],
      where: { status: { in: ["QUEUED", "SENT", "RUNNING"] } },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((row) => [row.status as string, row._count._all]));
    return ["QUEUED", "SENT", "RUNNING"].map((status) => ({ status, count: counts.get(status) ?? 0 }));
  },
  syncLagSeconds: () =>
    getDb().$queryRaw<{ group: string; seconds: number }[]>`
      SELECT s."group"::text AS "group",
             max(extract(epoch FROM now() - coalesce(s."lastSuccessAt", i."createdAt")))::float8 AS "seconds"
      FROM "SyncState" s JOIN "Integration" i ON i."id" = s."integrationId"
      WHERE (i."settings"->'dataGroups'->lower(s."group"::text)->>'enabled')::boolean
      GROUP BY s."group"
      ORDER BY 1`,
};
