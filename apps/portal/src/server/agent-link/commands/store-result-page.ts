import { COMMANDS, describeZodError, isCommandName } from "@erp-bridge/shared";
import { Prisma } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";

export type TCheckPageOutcome =
  { kind: "unknown" } | { kind: "valid"; data: unknown } | { kind: "invalid"; message: string };

/**
 * Checks one page against its command's page schema. `name` comes from the connection that sent
 * the command; it is looked up for anything else (a late page).
 */
export async function checkResultPage(options: {
  agentId: string;
  commandId: string;
  name: string | undefined;
  data: unknown;
}): Promise<TCheckPageOutcome> {
  const name = options.name ?? (await commandName(options));
  if (name === null) return { kind: "unknown" };
  const schema = isCommandName(name) ? COMMANDS[name].page : null;
  if (!schema) return { kind: "invalid", message: `${name} does not stream pages` };
  const parsed = schema.safeParse(options.data);
  if (!parsed.success) return { kind: "invalid", message: describeZodError(parsed.error, "result page") };
  return { kind: "valid", data: parsed.data };
}

/** A checked page; `body` is its JSON text, as the agent sent it where possible (hub/page-body.ts). */
export type TPageToStore = { seq: number; body: string };

/**
 * Stores checked pages of one command exactly once, whatever the redeliveries, in one
 * statement. `pages` is the unbroken run of stored pages from 0 (the agent resumes there after
 * a reconnect): when a missing page arrives it moves on over the pages stored after the gap.
 * Pages of a finished command are dropped (and still acknowledged by the caller). Bodies go into
 * a `json` column: PostgreSQL checks their syntax and keeps the text as it is, which costs a
 * fraction of building `jsonb`.
 */
export async function storeResultPages(options: {
  agentId: string;
  commandId: string;
  pages: TPageToStore[];
}): Promise<{ known: boolean }> {
  const bySeq = new Map<number, TPageToStore>();
  for (const page of options.pages) if (!bySeq.has(page.seq)) bySeq.set(page.seq, page);
  const values = [...bySeq.values()].map((page) => Prisma.sql`(${page.seq}::int, ${page.body}::text)`);
  const [row] = await getDb().$queryRaw<{ known: number }[]>`
    WITH cmd AS (
      SELECT "id", "pages" FROM "AgentCommand"
      WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid
        AND "status" IN ('QUEUED', 'SENT', 'RUNNING')
      FOR UPDATE
    ), page ("seq", "body") AS (
      VALUES ${Prisma.join(values)}
    ), stored AS (
      INSERT INTO "AgentResultPage" ("commandId", "seq", "data")
      SELECT cmd."id", page."seq", page."body"::json FROM cmd CROSS JOIN page
      ON CONFLICT DO NOTHING
    ), run AS (
      -- From the position on, the pages stored before or now that continue it without a gap
      -- (rows this statement inserts are not visible to it: hence the union).
      SELECT count(*) AS "n" FROM cmd CROSS JOIN LATERAL (
        SELECT held."seq", row_number() OVER (ORDER BY held."seq") AS "k" FROM (
          SELECT page."seq" FROM page WHERE page."seq" >= cmd."pages"
          UNION
          SELECT p."seq" FROM "AgentResultPage" p WHERE p."commandId" = cmd."id" AND p."seq" >= cmd."pages"
        ) held
      ) ahead
      WHERE ahead."seq" = cmd."pages" + ahead."k" - 1
    ), advanced AS (
      UPDATE "AgentCommand" SET "pages" = "pages" + (SELECT "n" FROM run)
      WHERE "id" = (SELECT "id" FROM cmd)
    )
    SELECT (SELECT count(*) FROM "AgentCommand"
            WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid)::int AS "known"`;
  return { known: Boolean(row?.known) };
}

async function commandName(options: { agentId: string; commandId: string }): Promise<string | null> {
  const [row] = await getDb().$queryRaw<{ name: string }[]>`
    SELECT "name" FROM "AgentCommand" WHERE "id" = ${options.commandId}::uuid AND "agentId" = ${options.agentId}::uuid`;
  return row?.name ?? null;
}
