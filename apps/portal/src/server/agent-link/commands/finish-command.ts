import { COMMANDS, describeZodError, isCommandName, type TCommandOutcome, type TProblem } from "@erp-bridge/shared";
import { Prisma } from "../../../generated/prisma/client.ts";
import { notifySql, publishIfLocal } from "../publish.ts";
import { getDb } from "../../platform/database/db.ts";

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

/** Stores the outcome unless the command already finished; the announcement rides in the same statement. */
async function recordOutcome(options: { agentId: string; commandId: string; final: TFinal }): Promise<boolean> {
  const { final } = options;
  const result = final.result === undefined ? null : JSON.stringify(final.result);
  const finished = await getDb().$queryRaw<{ id: string }[]>`
    WITH done AS (
      UPDATE "AgentCommand"
      SET "status" = ${final.status}::"CommandStatus", "result" = ${result}::jsonb, "finishedAt" = ${new Date()},
          "errorCode" = ${final.errorCode ?? null}, "errorMessage" = ${final.errorMessage ?? null},
          "errorProblem" = ${final.errorProblem ? JSON.stringify(final.errorProblem) : null}::jsonb
      WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid
        AND "status" IN ('QUEUED', 'SENT', 'RUNNING')
      RETURNING "id"
    ), announced AS (
      SELECT ${notifySql("command-finished", Prisma.sql`json_build_object('commandId', "id")::text`)} FROM done
    )
    SELECT done."id" FROM done CROSS JOIN (SELECT count(*) FROM announced) AS evaluated`;
  if (finished.length === 0) return false;
  await publishIfLocal({ channel: "command-finished", event: { commandId: options.commandId } });
  return true;
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
