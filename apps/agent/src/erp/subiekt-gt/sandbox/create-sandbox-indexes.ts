import { sql, type Kysely } from "kysely";
import type { TSubiektDatabase } from "../schema/database.ts";
import { SANDBOX_TABLES } from "./sandbox-tables.ts";

/**
 * Creates the unique indexes Subiekt has (tw_Symbol, kh_Symbol, ...) and its secondary indexes.
 * Separate from the tables because building them once after a bulk load is several times faster.
 */
export async function createSandboxIndexes(options: { db: Kysely<TSubiektDatabase> }): Promise<void> {
  for (const table of SANDBOX_TABLES) {
    const all = [
      ...table.unique.map((columns, i) => ({ name: `UX_${table.name}_${i + 1}`, unique: true, columns })),
      ...table.indexes.map((columns, i) => ({ name: `IX_${table.name}_${i + 1}`, unique: false, columns })),
    ];
    for (const index of all) {
      const columns = sql.join(index.columns.map((c) => sql.id(c)));
      await sql`create ${sql.raw(index.unique ? "unique " : "")}index ${sql.id(index.name)} on ${sql.table(table.name)} (${columns})`.execute(
        options.db,
      );
    }
  }
}
