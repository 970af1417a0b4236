import { sql, type RawBuilder } from "kysely";
import { ID_PROCEDURE } from "../schema/ids.ts";
import type { TWriteContext } from "./run-write.ts";

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

/** The first of `count` new ids; a count of 0 allocates nothing. */
export async function allocateIds(ctx: TWriteContext, options: { table: string; count: number }): Promise<number> {
  if (options.count === 0) return 0;
  const { rows } = await allocateIdsQuery(ctx, options).execute(ctx.tx);
  const first = rows[0]?.first;
  if (typeof first !== "number") throw new Error(`${ID_PROCEDURE} returned no id for ${options.table}`);
  return first;
}
