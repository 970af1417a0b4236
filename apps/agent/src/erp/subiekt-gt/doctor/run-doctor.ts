import { sql } from "kysely";
import { errorMessage } from "../../../log.ts";
import { createErpDb } from "../../sql/create-erp-db.ts";
import { checkPermissions } from "./check-permissions.ts";
import { checkProcedures } from "./check-procedures.ts";
import { checkRequiredColumns } from "./check-required-columns.ts";
import { checkNumbering, checkTriggers } from "./check-triggers-numbering.ts";
import { checkSchema } from "./check-schema.ts";
import { checkServer } from "./check-server.ts";
import type { TDoctorCheck } from "./doctor-check.ts";

export type TDoctorReport = { checks: TDoctorCheck[]; ok: boolean };

/** Connects to the configured ERP and checks what the connector relies on, stopping at the first wall. */
export async function runDoctor(options: { erpUrl: string }): Promise<TDoctorReport> {
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
    const checks: TDoctorCheck[] = [{ name: "connection", level: "ok", detail: `${erp.dialect} database reachable` }];
    checks.push(...(await checkServer({ db: erp.db, dialect: erp.dialect })));
    const schema = await checkSchema({ db: erp.db });
    checks.push(...schema.checks);
    checks.push(...(await checkRequiredColumns({ db: erp.db, dialect: erp.dialect })));
    checks.push(...(await checkTriggers({ db: erp.db, dialect: erp.dialect })));
    checks.push(...(await checkProcedures({ db: erp.db, dialect: erp.dialect })));
    if (schema.presentTables.has("nr_Parametr")) checks.push(...(await checkNumbering({ db: erp.db })));
    checks.push(...(await checkPermissions({ db: erp.db, dialect: erp.dialect, presentTables: schema.presentTables })));
    return doctorReportOf(checks);
  } finally {
    await erp.close();
  }
}

/** The verdict of some checks: ready unless one failed. */
export function doctorReportOf(checks: TDoctorCheck[]): TDoctorReport {
  return { checks, ok: checks.every((check) => check.level !== "fail") };
}

/** The verdict as people read it: one line per check, problems first, then the conclusion. */
export function formatDoctorReport(report: TDoctorReport): string {
  const order = { fail: 0, warn: 1, ok: 2 } as const;
  const lines = [...report.checks]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((check) => `${check.level.toUpperCase().padEnd(4)}  ${check.name}: ${check.detail}`);
  const failures = report.checks.filter((check) => check.level === "fail").length;
  const verdict = report.ok
    ? "Verdict: ready. The connector can use this ERP database."
    : `Verdict: NOT ready. ${failures} problem(s) above must be fixed before the agent can work with this ERP.`;
  return [...lines, "", verdict].join("\n");
}
