import { sql, type Kysely } from "kysely";
import { SUBIEKT_TABLES } from "../schema/database.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/** A table the connector uses, by our name: whether the login sees it and which of our columns it lacks. */
export type TTableFact = { name: string; present: boolean; columnCount: number; missingColumns: string[] };

/** The columns of the connector's tables, whatever the case of their names. */
export function schemaColumnsQuery() {
  const tables = Object.keys(SUBIEKT_TABLES).map((table) => table.toLowerCase());
  return sql<{ table_name: string; column_name: string }>`
    select table_name as table_name, column_name as column_name from information_schema.columns
    where lower(table_name) in (${sql.join(tables)})`;
}

/**
 * Every table and column the connector uses, compared by name with what the database has. Extra
 * columns are fine. Names compare without case, as SQL Server's case-insensitive catalogue does
 * (sl_Rabat's key is spelled rt_id). `presentTables` are spelled as the database spells them.
 */
export async function readTables(options: {
  db: Kysely<unknown>;
}): Promise<{ tables: TTableFact[]; presentTables: Set<string> }> {
  const { rows } = await schemaColumnsQuery().execute(options.db);
  const present = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const row of rows) {
    const table = row.table_name.toLowerCase();
    names.set(table, row.table_name);
    present.set(table, (present.get(table) ?? new Set()).add(row.column_name.toLowerCase()));
  }
  const tables = Object.entries(SUBIEKT_TABLES).map(([name, spec]): TTableFact => {
    const columns = present.get(name.toLowerCase());
    if (!columns) return { name, present: false, columnCount: 0, missingColumns: [] };
    const missingColumns = Object.keys(spec.columns).filter((column) => !columns.has(column.toLowerCase()));
    return { name, present: true, columnCount: columns.size, missingColumns };
  });
  return { tables, presentTables: new Set(names.values()) };
}

/** After an ERP upgrade this names exactly what moved. */
export function checkSchema(tables: TTableFact[]): TDoctorCheck[] {
  return tables.map((table): TDoctorCheck => {
    const name = `table ${table.name}`;
    // Both servers hide the metadata of tables a login has no permission on.
    if (!table.present) return { name, level: "fail", detail: "missing, or not visible to this login" };
    if (table.missingColumns.length > 0) {
      return { name, level: "fail", detail: `missing columns: ${table.missingColumns.join(", ")}` };
    }
    return { name, level: "ok", detail: `${table.columnCount} columns` };
  });
}
