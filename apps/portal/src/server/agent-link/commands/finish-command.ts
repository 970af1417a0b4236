import { COMMANDS, describeZodError, isCommandName, type TCommandOutcome, type TProblem } from "@erp-bridge/shared";
import { Prisma } from "../../../generated/prisma/client.ts";
import { notifySql, publishIfLocal } from "../publish.ts";
import { getDb } from "../../platform/database/db.ts";
import { COMMIT_WITHOUT_FLUSH } from "../../platform/database/commit-without-flush.ts";
import { querySql } from "../../platform/database/query-sql.ts";
import { StatementBatcher } from "./statement-batcher.ts";

type TFinal = {
  status: "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "CANCELLED";
  result?: unknown;
  errorCode?: string;
  errorMessage?: string;
  errorProblem?: TProblem;
};

/**
 * Records a command's outcome exactly once: the first outcome wins, later copies (the agent
 * resending after a lost ack, a replay from its journal) change nothing. A success whose
 * result fails the catalogue's schema is stored as FAILED with INVALID_RESULT; a streamed one
 * whose page count differs from the pages stored, too.
 */
export async function finishCommand(options: {
  agentId: string;
  commandId: string;
  outcome: TCommandOutcome;
  pages: number;
  /** Known to the connection that sent the command; saves a read for a command that does not stream. */
  name?: string;
}): Promise<{ known: boolean; finished: boolean }> {
  const streams = !options.name || !isCommandName(options.name) || COMMANDS[options.name].page !== null;
  if (options.name && !streams) {
    // The hot path: one statement. Nothing updated means already final, or not this agent's.
    const final = finalFields({ ...options, name: options.name, storedPages: options.pages });
    if (await recordOutcome({ ...options, final })) return { known: true, finished: true };
    return { known: await exists(options), finished: false };
  }
  const [command] = await getDb().$queryRaw<{ name: string; pages: number }[]>`
    SELECT "name", "pages" FROM "AgentCommand"
    WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid`;
  if (!command) return { known: false, finished: false };
  const final = finalFields({ ...options, name: command.name, storedPages: command.pages });
  return { known: true, finished: await recordOutcome({ ...options, final }) };
}

type TRecord = { agentId: string; commandId: string; final: TFinal };

/**
 * Stores the outcome unless the command already finished. Outcomes from many connections share
 * one statement (StatementBatcher), which also announces them (PostgreSQL sends the events at its
 * commit): a transaction that writes and notifies holds PostgreSQL's cluster-wide notify lock
 * through its commit, but this one waits for no flush (below), so the lock is held for an instant
 * and the announcement costs no round trip of its own. It goes to the pool prepared, without
 * Prisma's client, like the claim (claim-commands.ts says why).
 *
 * The statement commits without waiting for the disk (COMMIT_WITHOUT_FLUSH), like the claim before
 * it: the enqueue is then a round trip's only flush. An outcome lost in a crash of PostgreSQL leaves
 * its command SENT or RUNNING, and the hub redelivers it (after the crash the bus reconnects and
 * resyncs, an agent's reconnect too): the agent answers a success from its journal, which it
 * fsyncs before sending the result, so the stored result comes back and nothing runs twice; a
 * failure is not journaled, but a failed command wrote nothing, so running it again is what any
 * lost failure gets. Whatever a reader did durably with the outcome (an order's ERP number, the
 * next command) commits after it and so flushes it: only a reader that kept nothing (a person
 * looking at a test echo) can have seen an outcome that a crash then took back.
 */
async function recordOutcome(options: TRecord): Promise<boolean> {
  const finished = await outcomes.add(options);
  if (finished) await publishIfLocal({ channel: "command-finished", event: { commandId: options.commandId } });
  return finished;
}

const outcomes = new StatementBatcher<TRecord, boolean>({ run: recordBatch, max: 500 });

async function recordBatch(batch: TRecord[]): Promise<boolean[]> {
  // The first outcome wins, in a batch too: a copy of the same command's outcome is left out.
  const firsts = new Map(batch.map((record) => [record.commandId, record] as const).reverse());
  const columns = outcomeColumns(firsts.values());
  const event = Prisma.sql`json_build_object('commandId', finished."id")::text`;
  // One text whatever the batch's size (its rows are arrays), so it is prepared once per connection.
  const finished = await querySql<{ id: string }>(
    Prisma.sql`
    WITH outcome ("id", "agentId", "status", "result", "errorCode", "errorMessage", "errorProblem") AS (
      SELECT * FROM unnest(${columns.id}::uuid[], ${columns.agentId}::uuid[], ${columns.status}::"CommandStatus"[],
        ${columns.result}::jsonb[], ${columns.errorCode}::text[], ${columns.errorMessage}::text[],
        ${columns.errorProblem}::jsonb[])
    ), commit_mode AS (SELECT ${COMMIT_WITHOUT_FLUSH} AS "commitMode"),
    finished AS (
      UPDATE "AgentCommand" c
      SET "status" = o."status", "result" = o."result", "finishedAt" = ${new Date()}::timestamp(3),
          "errorCode" = o."errorCode", "errorMessage" = o."errorMessage", "errorProblem" = o."errorProblem"
      FROM outcome o, commit_mode
      WHERE c."id" = o."id" AND c."agentId" = o."agentId" AND c."status" IN ('QUEUED', 'SENT', 'RUNNING')
      RETURNING c."id"
    ), announced AS (SELECT ${notifySql("command-finished", event)} FROM finished)
    SELECT "id" FROM finished CROSS JOIN (SELECT count(*) FROM announced) AS evaluated`,
    { prepared: true },
  );
  const done = new Set(finished.map((row) => row.id));
  return batch.map((record) => firsts.get(record.commandId) === record && done.has(record.commandId));
}

/** The batch's outcomes as one array per column (JSON as its text), the statement's parameters. */
function outcomeColumns(records: Iterable<TRecord>) {
  const columns = {
    id: [] as string[],
    agentId: [] as string[],
    status: [] as string[],
    result: [] as (string | null)[],
    errorCode: [] as (string | null)[],
    errorMessage: [] as (string | null)[],
    errorProblem: [] as (string | null)[],
  };
  for (const { commandId, agentId, final } of records) {
    columns.id.push(commandId);
    columns.agentId.push(agentId);
    columns.status.push(final.status);
    columns.result.push(final.result === undefined ? null : JSON.stringify(final.result));
    columns.errorCode.push(final.errorCode ?? null);
    columns.errorMessage.push(final.errorMessage ?? null);
    columns.errorProblem.push(final.errorProblem ? JSON.stringify(final.errorProblem) : null);
  }
  return columns;
}

async function exists(options: { agentId: string; commandId: string }): Promise<boolean> {
  const rows = await getDb().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "AgentCommand" WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid`;
  return rows.length > 0;
}

function finalFields(options: { name: string; outcome: TCommandOutcome; pages: number; storedPages: number }): TFinal {
  const { outcome } = options;
  if (!outcome.ok) {
    const { code, message, problem } = outcome.error;
    const status = code === "TIMEOUT" ? "TIMED_OUT" : code === "CANCELLED" ? "CANCELLED" : "FAILED";
    return { status, errorCode: code, errorMessage: message, errorProblem: problem };
  }
  if (!isCommandName(options.name)) return invalid(`unknown command ${options.name}`);
  const entry = COMMANDS[options.name];
  const parsed = entry.result.safeParse(outcome.result);
  if (!parsed.success) return invalid(describeZodError(parsed.error, `result of ${options.name}`));
  if (entry.page && options.pages !== options.storedPages) {
    return invalid(`result states ${options.pages} pages but ${options.storedPages} were stored`);
  }
  return { status: "SUCCEEDED", result: parsed.data };
}

function invalid(message: string): TFinal {
  return { status: "FAILED", errorCode: "INVALID_RESULT", errorMessage: message };
}
