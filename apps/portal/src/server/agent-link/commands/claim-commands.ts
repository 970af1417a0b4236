import { COMMIT_WITHOUT_FLUSH } from "../../platform/database/commit-without-flush.ts";
import { querySql } from "../../platform/database/query-sql.ts";
import { Prisma } from "../../../generated/prisma/client.ts";
import { StatementBatcher } from "./statement-batcher.ts";

/** Per agent and claim; `more` asks for another pass. */
const BATCH = 50;
/** Agents served by one statement. */
const AGENTS_PER_STATEMENT = 200;

export type TClaimedCommand = {
  id: string;
  agentId: string;
  name: string;
  idempotencyKey: string;
  input: unknown;
  timeoutMs: number;
  pages: number;
  /** The agent's ERP connection it targets. */
  connection: string;
};

type TClaim = { agentId: string; exclude: string[] };
type TClaimed = { commands: TClaimedCommand[]; more: boolean };

/**
 * The agent's next unfinished commands in `seq` order, minus those already sent on this
 * connection, each marked SENT with a fresh deadline. SENT and RUNNING ones come back too:
 * after a reconnect they are redelivered, and the agent's journal makes that harmless.
 * Claims of many agents (each connection asks when it hears of new work) share one statement;
 * the status guard in the outer WHERE lets a result or cancel that landed meanwhile win.
 *
 * The claim commits without waiting for the disk (COMMIT_WITHOUT_FLUSH): it sits between the
 * enqueue and the outcome, both of which wait, and was a third of a round trip's flushes. A claim
 * lost in a crash of PostgreSQL leaves its command QUEUED (or SENT from an earlier delivery), which
 * is what the hub redelivers anyway: the agent answers a key it already ran from its journal (an
 * ERP write is also found by its key in the ERP), so nothing runs twice. Anything durable written
 * after the claim (the command's start, its outcome) flushes the claim with it. A lost claim of an
 * "answer" command may expire as undelivered: its asker stopped waiting by then all the same.
 *
 * The statement goes to the pool without Prisma's client (querySql): it runs for every command
 * sent, and the client's own work and garbage per query were a large part of the portal's share of
 * a round trip (issue 18.4). Its rows come back in `seq` order from the statement itself. It is
 * prepared, so each connection parses it once, and planned with its values on every run (the pool's
 * POOL_SESSION_OPTIONS): a generic plan kept from while AgentCommand was small read the whole table
 * for every claim (bench:tunnel at 500/s: 384/s achieved, p99 7.6 s, against p99 34 ms).
 */
export function claimCommands(options: { agentId: string; exclude: Iterable<string> }): Promise<TClaimed> {
  return claims.add({ agentId: options.agentId, exclude: [...options.exclude] });
}

const claims = new StatementBatcher<TClaim, TClaimed>({ run: claimBatch, max: AGENTS_PER_STATEMENT });

async function claimBatch(batch: TClaim[]): Promise<TClaimed[]> {
  // The same agent twice (two connections during a takeover) would share one exclusion list:
  // the later claims of an agent go into a statement of their own.
  const firsts = new Map(batch.map((claim) => [claim.agentId, claim] as const).reverse());
  const later = batch.filter((claim) => firsts.get(claim.agentId) !== claim);
  const claimed = await claimDistinct([...firsts.values()]);
  const laterClaimed = later.length > 0 ? await claimBatch(later) : [];
  return batch.map((claim) => claimed.get(claim) ?? (laterClaimed[later.indexOf(claim)] as TClaimed));
}

/** One statement for claims of distinct agents. */
async function claimDistinct(batch: TClaim[]): Promise<Map<TClaim, TClaimed>> {
  const agentIds = batch.map((claim) => claim.agentId);
  // Command ids are unique across agents, so one list excludes each connection's own sent commands.
  const exclude = batch.flatMap((claim) => claim.exclude);
  const now = new Date();
  const rows = await querySql<TClaimedCommand>(
    Prisma.sql`
    WITH commit_mode AS (SELECT ${COMMIT_WITHOUT_FLUSH} AS "commitMode"),
    claimed AS (
      UPDATE "AgentCommand" c
      SET "status" = 'SENT', "sentAt" = ${now}::timestamp(3), "deliveries" = c."deliveries" + 1,
          "deadlineAt" = ${now}::timestamp(3) + c."timeoutMs" * interval '1 millisecond'
      FROM commit_mode, unnest(${agentIds}::uuid[]) AS a("id")
      CROSS JOIN LATERAL (
        SELECT "id" FROM "AgentCommand"
        WHERE "agentId" = a."id" AND "status" IN ('QUEUED', 'SENT', 'RUNNING')
          AND NOT ("id" = ANY(${exclude}::uuid[]))
          -- Past its queue expiry a command is not sent, even before the sweeper has marked it.
          AND NOT ("status" = 'QUEUED' AND "expiresAt" IS NOT NULL AND "expiresAt" <= ${now}::timestamp(3))
        ORDER BY "seq" LIMIT ${BATCH}::int FOR UPDATE
      ) picked
      WHERE c."id" = picked."id" AND c."status" IN ('QUEUED', 'SENT', 'RUNNING')
      RETURNING c."id", c."agentId", c."seq", c."name", c."idempotencyKey", c."input", c."timeoutMs", c."pages",
        c."connection"
    )
    SELECT "id", "agentId", "name", "idempotencyKey", "input", "timeoutMs", "pages", "connection"
    FROM claimed ORDER BY "seq"`,
    { prepared: true },
  );
  const byAgent = new Map<string, TClaimedCommand[]>(agentIds.map((id) => [id, []]));
  for (const row of rows) byAgent.get(row.agentId)?.push(row);
  return new Map(
    batch.map((claim) => {
      const commands = byAgent.get(claim.agentId) ?? [];
      return [claim, { commands, more: commands.length === BATCH }];
    }),
  );
}
