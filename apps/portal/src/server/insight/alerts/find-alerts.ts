import { getDb } from "../../platform/database/db.ts";

/** ERROR_QUEUE: orders the ERP refused; CREDIT_HOLD: B2B orders the credit rule held (both in the error queue). */
export type TAlertKind = "AGENT_OFFLINE" | "SYNC_LAG" | "ERROR_QUEUE" | "CREDIT_HOLD";

export type TAlert = {
  companyId: string;
  companyName: string;
  kind: TAlertKind;
  /** What the alert is about: the agent, the data group, or the company's error queue. */
  subject: string;
  /** Since when the condition holds (for sync lag: the last success, or the integration's start). */
  since: Date;
  /** Agent offline: minutes; sync lag: minutes; error queue and credit hold: orders waiting for staff. */
  amount: number;
  notifyClient: boolean;
  /** The integration it concerns; null for an agent offline (it concerns every integration the agent serves). */
  integrationId: string | null;
  /**
   * Which integration, by name, when the company has several (null with one: nothing to tell apart);
   * for an agent offline, the names of the integrations it serves.
   */
  integration: string | null;
};

/**
 * The alerts that hold now, across every company (or one), from each integration's own
 * thresholds: an agent offline too long, a data group not synced for too long, refused orders or
 * orders held on credit piling up (each against the error queue's threshold: both wait there for
 * staff). An agent serving several integrations is one alert (one e-mail), raised at the lowest of
 * their thresholds and sent to the client when any of them says so. Computed from the live state,
 * so an alert clears itself when its cause does.
 */
export async function findAlerts(options: { companyId?: string } = {}): Promise<TAlert[]> {
  const company = options.companyId ?? null;
  return getDb().$queryRaw<TAlert[]>`
    WITH i AS (
      SELECT i."id", i."companyId", c."name" AS "companyName", i."name", i."agentId", i."createdAt", i."settings",
             coalesce((i."settings"->'alerts'->>'agentOfflineMinutes')::int, 10) AS "offlineMinutes",
             coalesce((i."settings"->'alerts'->>'syncLagMinutes')::int, 60) AS "lagMinutes",
             coalesce((i."settings"->'alerts'->>'errorQueueSize')::int, 1) AS "queueSize",
             coalesce((i."settings"->'alerts'->>'notifyClient')::boolean, false) AS "notifyClient",
             count(*) OVER (PARTITION BY i."companyId") > 1 AS "several"
      FROM "Integration" i JOIN "Company" c ON c."id" = i."companyId"
      WHERE ${company}::uuid IS NULL OR i."companyId" = ${company}::uuid
    )
    SELECT i."companyId", i."companyName", 'AGENT_OFFLINE' AS "kind", a."name" AS "subject",
           coalesce(a."lastSeenAt", a."enrolledAt", a."createdAt") AS "since",
           floor(extract(epoch FROM now() - coalesce(a."lastSeenAt", a."enrolledAt", a."createdAt")) / 60)::int AS "amount",
           bool_or(i."notifyClient") AS "notifyClient", NULL::uuid AS "integrationId",
           CASE WHEN bool_or(i."several") THEN string_agg(i."name", ', ' ORDER BY i."createdAt", i."name", i."id") END AS "integration"
    FROM i JOIN "Agent" a ON a."id" = i."agentId"
    WHERE a."revokedAt" IS NULL AND NOT a."online"
    GROUP BY i."companyId", i."companyName", a."id"
    HAVING coalesce(a."lastSeenAt", a."enrolledAt", a."createdAt") < now() - make_interval(mins => min(i."offlineMinutes"))
    UNION ALL
    SELECT i."companyId", i."companyName", 'SYNC_LAG', s."group"::text,
           coalesce(s."lastSuccessAt", i."createdAt"),
           floor(extract(epoch FROM now() - coalesce(s."lastSuccessAt", i."createdAt")) / 60)::int,
           i."notifyClient", i."id", CASE WHEN i."several" THEN i."name" END
    FROM i JOIN "SyncState" s ON s."integrationId" = i."id"
    WHERE (i."settings"->'dataGroups'->lower(s."group"::text)->>'enabled')::boolean
      AND coalesce(s."lastSuccessAt", i."createdAt") < now() - make_interval(mins => i."lagMinutes")
    UNION ALL
    SELECT i."companyId", i."companyName", CASE o."erpState" WHEN 'HELD' THEN 'CREDIT_HOLD' ELSE 'ERROR_QUEUE' END,
           'orders', min(o."lastErrorAt"), count(*)::int, i."notifyClient", i."id", CASE WHEN i."several" THEN i."name" END
    FROM i JOIN "Order" o ON o."companyId" = i."companyId" AND o."integrationId" = i."id" AND o."erpState" IN ('FAILED', 'HELD')
    GROUP BY i."id", i."companyId", i."companyName", i."name", i."several", i."queueSize", i."notifyClient", o."erpState"
    HAVING count(*) >= i."queueSize"
    ORDER BY 1, 3, 4, 9`;
}
