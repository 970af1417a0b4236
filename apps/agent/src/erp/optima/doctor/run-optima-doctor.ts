import { sql, type Kysely } from "kysely";
import { errorMessage } from "../../../log.ts";
import { createErpDb } from "../../sql/create-erp-db.ts";
import type { TDoctorCheck } from "../../subiekt-gt/doctor/doctor-check.ts";
import { doctorReportOf, type TDoctorReport } from "../../subiekt-gt/doctor/run-doctor.ts";
import { OPTIMA_TABLES } from "../schema/optima-tables.ts";

/**
 * `agent doctor` for a Comarch ERP Optima connection (reads only): the database answers, every
 * CDN table and column the connector reads is there (INFORMATION_SCHEMA, the same in SQL Server
 * and the PostgreSQL sandbox), and the login may read each table. Columns we marked *uncertain*
 * (optima-tables.ts) are the likeliest to be missing in a real database: the report names them.
 */
export async function runOptimaDoctor(options: { erpUrl: string }): Promise<TDoctorReport> {
  let erp;
  try {
    erp = createErpDb<unknown>({ url: options.erpUrl });
  } catch (error) {
    return doctorReportOf([{ name: "ERP URL", level: "fail", detail: errorMessage(error) }]);
  }
  try {
    await sql`select 1 as ok`.execute(erp.db);
  } catch (error) {
    await erp.close().catch(() => {});
    return doctorReportOf([{ name: "connection", level: "fail", detail: errorMessage(error) }]);
  }
  try {
    const reachable = {
      name: "connection",
      level: "ok" as const,
      detail: `${erp.dialect} database reachable (Comarch ERP Optima)`,
    };
    return doctorReportOf([reachable, ...(await checkTables({ db: erp.db }))]);
  } finally {
    await erp.close();
  }
}

async function checkTables(options: { db: Kysely<unknown> }): Promise<TDoctorCheck[]> {
  const result = await sql<{ table: string; column: string }>`
    select table_name as ${sql.id("table")}, column_name as ${sql.id("column")}
    from information_schema.columns where table_schema = ${"CDN"}`.execute(options.db);
  const present = new Map<string, Set<string>>();
  for (const row of result.rows) {
    const columns = present.get(row.table.toLowerCase()) ?? new Set<string>();
    columns.add(row.column.toLowerCase());
    present.set(row.table.toLowerCase(), columns);
  }
  const checks: TDoctorCheck[] = [];
  for (const [qualified, spec] of Object.entries(OPTIMA_TABLES)) {
    const table = qualified.slice("CDN.".length);
    const columns = present.get(table.toLowerCase());
    const name = `table ${qualified}`;
    if (!columns) {
      checks.push({
        name,
        level: "fail",
        detail: "missing (not an Optima company database, or the login cannot see it)",
      });
      continue;
    }
    const missing = Object.keys(spec.columns).filter((column) => !columns.has(column.toLowerCase()));
    if (missing.length > 0) {
      checks.push({ name, level: "fail", detail: `missing columns: ${missing.join(", ")}` });
      continue;
    }
    try {
      await sql`select count(*) as n from ${sql.table(qualified)} where 1 = 0`.execute(options.db);
      checks.push({ name, level: "ok", detail: `${Object.keys(spec.columns).length} columns read, readable` });
    } catch (error) {
      checks.push({ name, level: "fail", detail: `the login may not SELECT it: ${errorMessage(error)}` });
    }
  }
  return checks;
}
