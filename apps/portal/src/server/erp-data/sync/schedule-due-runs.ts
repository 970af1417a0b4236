import { getDb, runTransaction } from "../../platform/database/db.ts";
import { ensureJobQueue } from "../../platform/jobs/job-queue.ts";
import { sendJob } from "../../platform/jobs/send-job.ts";
import { AGENT_HEARD_WITHIN_SECONDS } from "./park-run.ts";

/** A queued run whose job went missing (a crash between two steps) gets it again after this. */
const ORPHAN_AFTER_SECONDS = 30;

/**
 * Turns due data groups into queued runs, one statement for every integration: a group is due when
 * its time has come, its integration has an online agent and no run of it is pending. Several
 * processes may tick at once: SKIP LOCKED and the one-pending-run index let each group through
 * once. The runs' jobs are sent in the same transaction, so a run never waits without its job.
 */
export async function scheduleDueRuns(): Promise<number> {
  await ensureJobQueue();
  const created = await runTransaction(async (tx) => {
    const runs = await tx.$queryRaw<{ id: string }[]>`
      WITH due AS (
        SELECT s."integrationId", s."companyId", s."group",
               (i."settings"->'dataGroups'->lower(s."group"::text)->>'intervalSeconds')::int AS "interval"
        FROM "SyncState" s
        JOIN "Integration" i ON i."id" = s."integrationId"
        -- Online and heard from lately: a live connection is pinged every 15 s and dropped after
        -- 30 s of silence, so an older "online" is a flag left by a process that died.
        JOIN "Agent" a ON a."id" = i."agentId" AND a."online" AND a."revokedAt" IS NULL
          AND a."lastSeenAt" > now() - make_interval(secs => ${AGENT_HEARD_WITHIN_SECONDS})
        WHERE s."nextRunAt" <= now()
          AND (i."settings"->'dataGroups'->lower(s."group"::text)->>'enabled')::boolean
          -- A group with a run in progress is left alone: locking its state here and then meeting
          -- the run's row in the insert below would deadlock with that run's page transactions.
          AND NOT EXISTS (
            SELECT 1 FROM "SyncRun" r
            WHERE r."integrationId" = s."integrationId" AND r."group" = s."group" AND r."status" IN ('QUEUED', 'RUNNING')
          )
        FOR UPDATE OF s SKIP LOCKED
      ), bumped AS (
        UPDATE "SyncState" s SET "nextRunAt" = now() + make_interval(secs => due."interval")
        FROM due WHERE s."integrationId" = due."integrationId" AND s."group" = due."group"
      )
      INSERT INTO "SyncRun" ("id", "integrationId", "companyId", "group", "kind", "trigger")
      SELECT gen_random_uuid(), "integrationId", "companyId", "group", 'INCREMENTAL', 'schedule' FROM due
      ON CONFLICT ("integrationId", "group") WHERE "status" IN ('QUEUED', 'RUNNING') DO NOTHING
      RETURNING "id"`;
    for (const run of runs) await sendJob("sync-run", { runId: run.id }, { id: run.id, tx });
    return runs.length;
  });
  await resendOrphans();
  return created;
}

/**
 * Sends a job again to queued runs whose agent is connected: runs queued long ago whose job went
 * missing (job id = run id, so a live job is not doubled) and runs parked while their agent was away
 * (park-run.ts: their job ended; the new one's id is made of the run and the claim it was parked
 * in, so each parking is resumed once however many processes tick). Nothing is sent for an agent
 * that is away: its runs would only take a worker slot to be parked again.
 */
async function resendOrphans(): Promise<void> {
  const orphans = await getDb().$queryRaw<{ id: string; jobId: string }[]>`
    SELECT r."id",
           CASE WHEN r."startedAt" IS NULL THEN r."id" ELSE md5(r."id"::text || r."startedAt"::text)::uuid END AS "jobId"
    FROM "SyncRun" r
    JOIN "Integration" i ON i."companyId" = r."companyId"
    JOIN "Agent" a ON a."id" = i."agentId" AND a."online" AND a."revokedAt" IS NULL
      AND a."lastSeenAt" > now() - make_interval(secs => ${AGENT_HEARD_WITHIN_SECONDS})
    WHERE r."status" = 'QUEUED'
      AND (r."startedAt" IS NOT NULL OR r."createdAt" < now() - make_interval(secs => ${ORPHAN_AFTER_SECONDS}))
    LIMIT 100`;
  for (const run of orphans) await sendJob("sync-run", { runId: run.id }, { id: run.jobId });
}
