import { z } from "zod";
import type { TTx } from "../../platform/database/db.ts";

/** What the apply needs of a stored erp.read page; its rows were checked against their schema when stored. */
const ZStoredPage = z.object({
  rows: z.array(z.unknown()),
  cursor: z.string().nullable(),
  total: z.number().int().nullable().optional(),
});
export type TStoredPage = z.infer<typeof ZStoredPage>;

/**
 * Page `seq` of a command, fetched as its JSON text and parsed here, once. V8 parses a page
 * (5,000 prices, ~450 KB) in a few milliseconds, where PostgreSQL's json functions took ten
 * times that, and again for every statement that looked into it (the profile behind issue 18).
 */
export async function readStoredPage(options: { tx: TTx; commandId: string; seq: number }): Promise<TStoredPage> {
  const [row] = await options.tx.$queryRaw<{ body: string }[]>`
    SELECT "data"::text AS "body" FROM "AgentResultPage"
    WHERE "commandId" = ${options.commandId}::uuid AND "seq" = ${options.seq}`;
  if (!row) throw new Error(`page ${options.seq} of command ${options.commandId} is missing`);
  return ZStoredPage.parse(JSON.parse(row.body));
}

/** The distinct ERP ids the rows name under `key`, ascending. */
export function idsOf(rows: readonly unknown[], key: string): number[] {
  const ids = new Set<number>();
  for (const row of rows) ids.add(Number((row as Record<string, unknown>)[key]));
  return [...ids].sort((a, b) => a - b);
}
