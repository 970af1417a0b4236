import type { TErpConnectionStatus, TErpStatus } from "@erp-bridge/shared";
import { Prisma } from "../../../generated/prisma/client.ts";
import { notifySql, publishIfLocal } from "../publish.ts";
import { getDb } from "../../platform/database/db.ts";

/**
 * A sign of life (status message or pong) from the connection that currently owns the agent.
 * Every agent does this each heartbeat, so it is one statement, and it announces presence
 * only when what the Agents page shows about the ERP changed (not for every lastSeenAt).
 */
export async function touchAgentPresence(options: {
  agentId: string;
  connectionId: string;
  erp?: TErpStatus;
  /** Every ERP connection the status listed; absent (an older agent, a pong) keeps what was stored. */
  connections?: TErpConnectionStatus[];
  rttMs?: number;
}): Promise<void> {
  const { erp } = options;
  const connections = options.connections ? JSON.stringify(options.connections) : null;
  // A status without Sfera clears what an earlier one reported; a pong (no status) keeps it.
  const sfera = erp ? JSON.stringify(erp.sfera ?? null) : null;
  const [row] = await getDb().$queryRaw<{ changedCompanyId: string | null }[]>`
    WITH before AS (
      -- The statement's snapshot: the values before this update (no FOR UPDATE, which would
      -- skip the row the same statement updates). Of Sfera's health only the state counts as a
      -- change: its queue and timings move every heartbeat.
      SELECT "erpConfigured", "erpReachable", "erpMessage", "sferaHealth"->>'state' AS "sferaState" FROM "Agent"
      WHERE "id" = ${options.agentId}::uuid AND "connectionId" = ${options.connectionId}
    ), updated AS (
      UPDATE "Agent" SET
        "lastSeenAt" = ${new Date()},
        "rttMs" = COALESCE(${options.rttMs ?? null}::int, "rttMs"),
        "erpConfigured" = COALESCE(${erp?.configured ?? null}::boolean, "erpConfigured"),
        "erpReachable" = COALESCE(${erp?.reachable ?? null}::boolean, "erpReachable"),
        "erpMessage" = COALESCE(${erp?.message ?? null}::text, "erpMessage"),
        "erpConnections" = COALESCE(${connections}::jsonb, "erpConnections"),
        "sferaHealth" = CASE WHEN ${sfera}::text IS NULL THEN "sferaHealth" ELSE NULLIF(${sfera}::jsonb, 'null'::jsonb) END
      WHERE "id" = ${options.agentId}::uuid AND "connectionId" = ${options.connectionId}
      RETURNING "id", "companyId", "erpConfigured", "erpReachable", "erpMessage", "sferaHealth"->>'state' AS "sferaState"
    ), changed AS (
      SELECT u."id" AS "agentId", u."companyId" FROM updated u CROSS JOIN before b
      WHERE (u."erpConfigured", u."erpReachable", u."erpMessage", u."sferaState")
        IS DISTINCT FROM (b."erpConfigured", b."erpReachable", b."erpMessage", b."sferaState")
    ), announced AS (
      SELECT ${notifySql("agent-presence", Prisma.sql`json_build_object('agentId', "agentId", 'companyId', "companyId")::text`)}
      FROM changed
    )
    SELECT (SELECT "companyId" FROM changed) AS "changedCompanyId", (SELECT count(*) FROM announced) AS "announced"`;
  if (row?.changedCompanyId) {
    await publishIfLocal({
      channel: "agent-presence",
      event: { agentId: options.agentId, companyId: row.changedCompanyId },
    });
  }
}
