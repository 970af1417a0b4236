-- AlterTable
ALTER TABLE "SyncState" ADD COLUMN     "lastErrorCode" TEXT,
ADD COLUMN     "lastErrorParams" JSONB;

-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN     "errorCode" TEXT,
ADD COLUMN     "errorParams" JSONB;

-- Failures stored as the engine's own fixed sentences get their code once, here; anything else
-- (the ERP's or the database's words) stays without one and shows as written, to staff only.
UPDATE "SyncState" SET "lastErrorCode" = CASE "lastError"
    WHEN 'No agent is assigned to this integration' THEN 'noAgent'
    WHEN 'The agent is offline' THEN 'agentOffline'
    WHEN 'The agent did not pick up the read: it is offline or busy' THEN 'notPickedUp'
    WHEN 'no result before the deadline' THEN 'timedOut'
    WHEN 'The ERP read ended timed_out' THEN 'timedOut'
    WHEN 'cancelled' THEN 'cancelled'
    WHEN 'The ERP read ended cancelled' THEN 'cancelled'
    WHEN 'No ERP connection configured' THEN 'noErp'
  END, "lastErrorParams" = '{}'::jsonb
WHERE "lastError" IN ('No agent is assigned to this integration', 'The agent is offline',
  'The agent did not pick up the read: it is offline or busy', 'no result before the deadline',
  'The ERP read ended timed_out', 'cancelled', 'The ERP read ended cancelled', 'No ERP connection configured');

UPDATE "SyncRun" SET "errorCode" = CASE "errorMessage"
    WHEN 'No agent is assigned to this integration' THEN 'noAgent'
    WHEN 'The agent is offline' THEN 'agentOffline'
    WHEN 'The agent did not pick up the read: it is offline or busy' THEN 'notPickedUp'
    WHEN 'no result before the deadline' THEN 'timedOut'
    WHEN 'The ERP read ended timed_out' THEN 'timedOut'
    WHEN 'cancelled' THEN 'cancelled'
    WHEN 'The ERP read ended cancelled' THEN 'cancelled'
    WHEN 'No ERP connection configured' THEN 'noErp'
  END, "errorParams" = '{}'::jsonb
WHERE "errorMessage" IN ('No agent is assigned to this integration', 'The agent is offline',
  'The agent did not pick up the read: it is offline or busy', 'no result before the deadline',
  'The ERP read ended timed_out', 'cancelled', 'The ERP read ended cancelled', 'No ERP connection configured');
