import { sql, type Kysely } from "kysely";
import { SUBIEKT_TABLES } from "../schema/database.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/**
 * Every table and column the connector uses, compared by name with what the database has:
 * after an ERP upgrade this names exactly what moved. Extra columns are fine. Names compare
 * without case, as SQL Server's case-insensitive catalogue does (sl_Rabat's key is spelled rt_id).
 */
export async function checkSchema(options: {
  db: Kysely<unknown>;
}): Promise<{ checks: TDoctorCheck[]; presentTables: Set<string> }> {
  const tables = Object.keys(SUBIEKT_TABLES);
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name as table_name, column_name as column_name from information_schema.columns
    where lower(table_name) in (${sql.join(tables.map((table) => table.toLowerCase()))})`.execute(options.db);
  const present = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const row of rows) {
    const table = row.table_name.toLowerCase();
    names.set(table, row.table_name);
    present.set(table, (present.get(table) ?? new Set()).add(row.column_name.toLowerCase()));
  }

  const checks = Object.entries(SUBIEKT_TABLES).map(([table, spec]): TDoctorCheck => {
    const columns = present.get(table.toLowerCase());
    // Both servers hide the metadata of tables a login has no permission on.
    if (!columns) return { name: `table ${table}`, level: "fail", detail: "missing, or not visible to this login" };
    const missing = Object.keys(spec.columns).filter((column) => !columns.has(column.toLowerCase()));
    if (missing.length === 0) return { name: `table ${table}`, level: "ok", detail: `${columns.size} columns` };
    return { name: `table ${table}`, level: "fail", detail: `missing columns: ${missing.join(", ")}` };
  });
  // The permission check asks by the names the database uses.
  return { checks, presentTables: new Set(names.values()) };
}
