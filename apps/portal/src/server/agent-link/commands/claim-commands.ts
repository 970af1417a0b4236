import { getDb } from "../../platform/database/db.ts";

const BATCH = 50;

export type TClaimedCommand = {
  id: string;
  seq: bigint;
  name: string;
  idempotencyKey: string;
  input: unknown;
  timeoutMs: number;
  pages: number;
  /** The agent's ERP connection it targets. */
  connection: string;
};

/**
 * The agent's next unfinished commands in `seq` order, minus those already sent on this
 * connection, each marked SENT with a fresh deadline. SENT and RUNNING ones come back too:
 * after a reconnect they are redelivered, and the agent's journal makes that harmless.
 * One statement (this runs for every command on the hot path); the status guard in the
 * outer WHERE lets a result or cancel that landed meanwhile win.
 */
export async function claimCommands(options: { agentId: string; exclude: Iterable<string> }) {
  const now = new Date();
  const rows = await getDb().$queryRaw<TClaimedCommand[]>`
    UPDATE "AgentCommand" c
    SET "status" = 'SENT', "sentAt" = ${now}, "deliveries" = c."deliveries" + 1,
        "deadlineAt" = ${now}::timestamp(3) + c."timeoutMs" * interval '1 millisecond'
    FROM (
      SELECT "id" FROM "AgentCommand"
      WHERE "agentId" = ${options.agentId}::uuid AND "status" IN ('QUEUED', 'SENT', 'RUNNING')
        AND NOT ("id" = ANY(${[...options.exclude]}::uuid[]))
        -- Past its queue expiry a command is not sent, even before the sweeper has marked it.
        AND NOT ("status" = 'QUEUED' AND "expiresAt" IS NOT NULL AND "expiresAt" <= ${now})
      ORDER BY "seq" LIMIT ${BATCH} FOR UPDATE
    ) picked
    WHERE c."id" = picked."id" AND c."status" IN ('QUEUED', 'SENT', 'RUNNING')
    RETURNING c."id", c."seq", c."name", c."idempotencyKey", c."input", c."timeoutMs", c."pages", c."connection"`;
  rows.sort((a, b) => (a.seq < b.seq ? -1 : 1));
  return { commands: rows, more: rows.length === BATCH };
}
