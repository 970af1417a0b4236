import { sql, type RawBuilder } from "kysely";
import { ID_PROCEDURE } from "../schema/ids.ts";
import type { TWriteContext, TWriteDb, TWriteTx } from "./run-write.ts";
import { inWriteTransaction } from "./write-transaction.ts";
import { createDialectHelpers } from "../../sql/dialect-helpers.ts";

/** How many new row ids a write may take, per table. */
export type TIdNeeds = Readonly<Partial<Record<string, number>>>;

/** Ids reserved for one write; `take` hands out consecutive ids of a table from its block. */
export type TIdPool = { take(table: string, count: number): number };

/**
 * Reserves `count` consecutive row ids of a table through Subiekt's procedure, never MAX(id)+1.
 * The sandbox has it as a PostgreSQL function returning the first id.
 * uncertain: the T-SQL signature `spIdentyfikator @nazwa, @ile, @wynik OUTPUT` (first id out) is
 * inferred from integrators' code, not from InsERT's documentation.
 */
export function allocateIdsQuery(
  ctx: Pick<TWriteContext, "dialect">,
  options: { table: string; count: number },
): RawBuilder<{ first: number }> {
  if (ctx.dialect === "mssql") {
    return sql<{ first: number }>`declare @wynik int;
exec ${sql.id(ID_PROCEDURE)} ${options.table}, ${options.count}, @wynik output;
select @wynik as ${sql.id("first")}`;
  }
  return sql<{
    first: number;
  }>`select ${sql.id(ID_PROCEDURE)}(${options.table}, ${options.count}) as ${sql.id("first")}`;
}

/**
 * Reserves the ids a write may need in a short transaction of its own, committed before the write
 * starts: spIdentyfikator locks the counter rows of ins_ident, and holding them for a whole document
 * would block every Subiekt user saving a document meanwhile. What the write does not use, or a
 * dry run rolls back, is a gap in the ids, which Subiekt tolerates. A write needing more than it
 * reserved fails (retryable: the next attempt counts again).
 */
export async function reserveIds(options: {
  erp: TWriteDb;
  needs: (ctx: Omit<TWriteContext, "ids">) => Promise<TIdNeeds> | TIdNeeds;
}): Promise<TIdPool> {
  const { erp } = options;
  const h = createDialectHelpers({ dialect: erp.dialect });
  const blocks = new Map<string, { next: number; end: number }>();
  await inWriteTransaction(erp, async (tx: TWriteTx) => {
    const needs = await options.needs({ tx, h, dialect: erp.dialect });
    for (const [table, count = 0] of Object.entries(needs)) {
      if (count <= 0) continue;
      const { rows } = await allocateIdsQuery({ dialect: erp.dialect }, { table, count }).execute(tx);
      const first = rows[0]?.first;
      if (typeof first !== "number") throw new Error(`${ID_PROCEDURE} returned no id for ${table}`);
      blocks.set(table, { next: first, end: first + count });
    }
  });
  return {
    take(table, count) {
      if (count === 0) return 0;
      const block = blocks.get(table);
      if (!block || block.next + count > block.end) {
        throw new Error(`the write needs more ${table} ids than it reserved; a retry reserves again`);
      }
      const first = block.next;
      block.next += count;
      return first;
    },
  };
}
