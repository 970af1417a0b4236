import { z } from "zod";
import { notFound } from "../platform/errors/app-error.ts";
import { getDb, type TTx } from "../platform/database/db.ts";

/**
 * Pages of a streamed result in order, from `fromSeq`. Only the unbroken run stored so far
 * (seq < pages): a reader never sees a gap that a redelivery is about to fill.
 */
export async function readResultPages(options: {
  companyId: string;
  commandId: string;
  fromSeq?: number;
  limit?: number;
  tx?: TTx;
}): Promise<{ pages: { seq: number; data: unknown }[]; nextSeq: number; storedPages: number }> {
  if (!z.uuid().safeParse(options.commandId).success) throw notFound("command");
  const db = options.tx ?? getDb();
  const command = await db.agentCommand.findFirst({
    where: { id: options.commandId, companyId: options.companyId },
    select: { pages: true },
  });
  if (!command) throw notFound("command");
  const fromSeq = Math.max(0, options.fromSeq ?? 0);
  const pages = await db.agentResultPage.findMany({
    where: { commandId: options.commandId, seq: { gte: fromSeq, lt: command.pages } },
    orderBy: { seq: "asc" },
    take: Math.min(Math.max(1, options.limit ?? 100), 1000),
    select: { seq: true, data: true },
  });
  const last = pages.at(-1);
  return { pages, nextSeq: last ? last.seq + 1 : fromSeq, storedPages: command.pages };
}
