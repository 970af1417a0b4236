import { COMMANDS, describeZodError, isCommandName } from "@erp-bridge/shared";
import { inTransaction } from "../db.ts";
import { isFinalStatus } from "./command-status.ts";

export type TStorePageOutcome =
  { kind: "unknown" } | { kind: "stored"; seq: number } | { kind: "invalid"; message: string };

/**
 * Stores one page of a streamed result exactly once, whatever the redeliveries, and moves
 * `pages` to the end of the unbroken run from 0 (the agent resumes from there after a
 * reconnect). Pages for a command that already finished are acknowledged and dropped.
 */
export async function storeResultPage(options: {
  agentId: string;
  commandId: string;
  seq: number;
  data: unknown;
}): Promise<TStorePageOutcome> {
  return inTransaction(undefined, async (tx) => {
    // A no-op update takes the row lock, so two pages of one command never recount concurrently.
    const [command] = await tx.agentCommand.updateManyAndReturn({
      where: { id: options.commandId, agentId: options.agentId },
      data: { pages: { increment: 0 } },
      select: { id: true, name: true, status: true },
    });
    if (!command) return { kind: "unknown" };
    if (isFinalStatus(command.status)) return { kind: "stored", seq: options.seq };
    const schema = isCommandName(command.name) ? COMMANDS[command.name].page : null;
    if (!schema) return { kind: "invalid", message: `${command.name} does not stream pages` };
    const parsed = schema.safeParse(options.data);
    if (!parsed.success) return { kind: "invalid", message: describeZodError(parsed.error, "result page") };
    await tx.agentResultPage.createMany({
      data: [{ commandId: command.id, seq: options.seq, data: JSON.parse(JSON.stringify(parsed.data)) }],
      skipDuplicates: true,
    });
    await tx.$executeRaw`
      UPDATE "AgentCommand" c SET "pages" = CASE
        WHEN NOT EXISTS (SELECT 1 FROM "AgentResultPage" p WHERE p."commandId" = c."id" AND p."seq" = c."pages")
          THEN c."pages"
        ELSE (SELECT MIN(p."seq") + 1 FROM "AgentResultPage" p
              WHERE p."commandId" = c."id" AND p."seq" >= c."pages"
                AND NOT EXISTS (SELECT 1 FROM "AgentResultPage" q WHERE q."commandId" = c."id" AND q."seq" = p."seq" + 1))
      END
      WHERE c."id" = ${command.id}::uuid`;
    return { kind: "stored", seq: options.seq };
  });
}
