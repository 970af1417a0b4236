import { sql, type Kysely } from "kysely";
import { SUBIEKT_TABLES } from "../schema/database.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

/**
 * Every table and column the connector uses, compared by name with what the database has:
 * after an ERP upgrade this names exactly what moved. Extra columns are fine.
 */
export async function checkSchema(options: {
  db: Kysely<unknown>;
}): Promise<{ checks: TDoctorCheck[]; presentTables: Set<string> }> {
  const tables = Object.keys(SUBIEKT_TABLES);
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name as table_name, column_name as column_name from information_schema.columns
    where table_name in (${sql.join(tables)})`.execute(options.db);
  const present = new Map<string, Set<string>>();
  for (const row of rows) present.set(row.table_name, (present.get(row.table_name) ?? new Set()).add(row.column_name));

  const checks = Object.entries(SUBIEKT_TABLES).map(([table, spec]): TDoctorCheck => {
    const columns = present.get(table);
    // Both servers hide the metadata of tables a login has no permission on.
    if (!columns) return { name: `table ${table}`, level: "fail", detail: "missing, or not visible to this login" };
    const missing = Object.keys(spec.columns).filter((column) => !columns.has(column));
    if (missing.length === 0) return { name: `table ${table}`, level: "ok", detail: `${columns.size} columns` };
    return { name: `table ${table}`, level: "fail", detail: `missing columns: ${missing.join(", ")}` };
  });
  return { checks, presentTables: new Set(present.keys()) };
}
