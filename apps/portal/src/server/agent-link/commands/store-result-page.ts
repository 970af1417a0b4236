import { COMMANDS, describeZodError, isCommandName } from "@erp-bridge/shared";
import { getDb } from "../../platform/database/db.ts";

export type TStorePageOutcome =
  { kind: "unknown" } | { kind: "stored"; seq: number } | { kind: "invalid"; message: string };

/**
 * Stores one page of a streamed result exactly once, whatever the redeliveries, in one
 * statement. `pages` is the unbroken run from 0 (the agent resumes there after a reconnect):
 * it moves on when the page at its position arrives, new or already stored, so a resend
 * after a gap walks over pages stored out of order. Pages of a finished command are
 * acknowledged and dropped. `name` comes from the connection that sent the command.
 */
export async function storeResultPage(options: {
  agentId: string;
  commandId: string;
  /** Known to the connection that sent the command; looked up for anything else (a late page). */
  name: string | undefined;
  seq: number;
  data: unknown;
}): Promise<TStorePageOutcome> {
  const name = options.name ?? (await commandName(options));
  if (name === null) return { kind: "unknown" };
  const schema = isCommandName(name) ? COMMANDS[name].page : null;
  if (!schema) return { kind: "invalid", message: `${name} does not stream pages` };
  const parsed = schema.safeParse(options.data);
  if (!parsed.success) return { kind: "invalid", message: describeZodError(parsed.error, "result page") };
  const [row] = await getDb().$queryRaw<{ open: number; known: number }[]>`
    WITH cmd AS (
      SELECT "id" FROM "AgentCommand"
      WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid
        AND "status" IN ('QUEUED', 'SENT', 'RUNNING')
      FOR UPDATE
    ), stored AS (
      INSERT INTO "AgentResultPage" ("commandId", "seq", "data")
      SELECT "id", ${options.seq}, ${JSON.stringify(parsed.data)}::jsonb FROM cmd
      ON CONFLICT DO NOTHING
    ), advanced AS (
      UPDATE "AgentCommand" SET "pages" = "pages" + 1
      WHERE "id" = (SELECT "id" FROM cmd) AND "pages" = ${options.seq}
    )
    SELECT (SELECT count(*) FROM cmd)::int AS "open",
           (SELECT count(*) FROM "AgentCommand"
            WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid)::int AS "known"`;
  if (!row?.known) return { kind: "unknown" };
  return { kind: "stored", seq: options.seq };
}

async function commandName(options: { agentId: string; commandId: string }): Promise<string | null> {
  const [row] = await getDb().$queryRaw<{ name: string }[]>`
    SELECT "name" FROM "AgentCommand" WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid`;
  return row?.name ?? null;
}
