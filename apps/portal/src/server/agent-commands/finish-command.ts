import { COMMANDS, describeZodError, isCommandName, type TCommandOutcome } from "@erp-bridge/shared";
import { Prisma } from "../../generated/prisma/client.ts";
import { notifySql, publishIfLocal } from "../bus/publish.ts";
import { getDb } from "../db.ts";

type TFinal = {
  status: "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "CANCELLED";
  result?: unknown;
  errorCode?: string;
  errorMessage?: string;
};

/**
 * Records a command's outcome exactly once: the first outcome wins, later copies (the agent
 * resending after a lost ack, a replay from its journal) change nothing. A success whose
 * result fails the catalogue's schema is stored as FAILED with INVALID_RESULT. The update
 * and its "command finished" announcement are one statement.
 */
export async function finishCommand(options: {
  agentId: string;
  commandId: string;
  outcome: TCommandOutcome;
  pages: number;
}): Promise<{ known: boolean; finished: boolean }> {
  const db = getDb();
  const [command] = await db.$queryRaw<{ name: string; pages: number }[]>`
    SELECT "name", "pages" FROM "AgentCommand"
    WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid`;
  if (!command) return { known: false, finished: false };
  const final = finalFields({ ...options, name: command.name, storedPages: command.pages });
  const result = final.result === undefined ? null : JSON.stringify(final.result);
  const finished = await db.$queryRaw<{ id: string }[]>`
    WITH done AS (
      UPDATE "AgentCommand"
      SET "status" = ${final.status}::"CommandStatus", "result" = ${result}::jsonb, "finishedAt" = ${new Date()},
          "errorCode" = ${final.errorCode ?? null}, "errorMessage" = ${final.errorMessage ?? null}
      WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid AND "status" IN ('QUEUED', 'SENT', 'RUNNING')
      RETURNING "id"
    ), announced AS (
      SELECT ${notifySql("command-finished", Prisma.sql`json_build_object('commandId', "id")::text`)} FROM done
    )
    SELECT done."id" FROM done CROSS JOIN (SELECT count(*) FROM announced) AS evaluated`;
  if (finished.length === 0) return { known: true, finished: false };
  await publishIfLocal({ channel: "command-finished", event: { commandId: options.commandId } });
  return { known: true, finished: true };
}

function finalFields(options: { name: string; outcome: TCommandOutcome; pages: number; storedPages: number }): TFinal {
  const { outcome } = options;
  if (!outcome.ok) {
    const { code, message } = outcome.error;
    const status = code === "TIMEOUT" ? "TIMED_OUT" : code === "CANCELLED" ? "CANCELLED" : "FAILED";
    return { status, errorCode: code, errorMessage: message };
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
