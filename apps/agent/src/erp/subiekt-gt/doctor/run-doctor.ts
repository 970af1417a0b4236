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
import { readErpFacts, type TErpFacts } from "./read-erp-facts.ts";

export type TDoctorReport = { checks: TDoctorCheck[]; ok: boolean };

/** Connects to the configured ERP and checks what the connector relies on, stopping at the first wall. */
export async function runDoctor(options: { erpUrl: string }): Promise<TDoctorReport> {
  return (await diagnose(options)).report;
}

/**
 * The doctor's report and the facts it judged (null when the database could not be reached):
 * `--report` writes the same facts as the fingerprint rather than reading the catalogue again.
 */
export async function diagnose(options: {
  erpUrl: string;
}): Promise<{ report: TDoctorReport; facts: TErpFacts | null }> {
  let erp;
  try {
    erp = createErpDb<unknown>({ url: options.erpUrl });
  } catch (error) {
    return { report: doctorReportOf([{ name: "ERP URL", level: "fail", detail: errorMessage(error) }]), facts: null };
  }
  try {
    await sql`select 1 as ok`.execute(erp.db);
  } catch (error) {
    await erp.close().catch(() => {});
    return {
      report: doctorReportOf([{ name: "connection", level: "fail", detail: errorMessage(error) }]),
      facts: null,
    };
  }
  try {
    const facts = await readErpFacts({ db: erp.db, dialect: erp.dialect });
    const reached: TDoctorCheck = { name: "connection", level: "ok", detail: `${erp.dialect} database reachable` };
    return { report: doctorReportOf([reached, ...judge(facts)]), facts };
  } finally {
    await erp.close();
  }
}

/** The checks, in the report's order, each judging facts already read. */
function judge(facts: TErpFacts): TDoctorCheck[] {
  return [
    ...checkServer(facts.server),
    ...checkSchema(facts.tables),
    ...checkRequiredColumns(facts.requiredColumns),
    ...checkTriggers(facts.triggers),
    ...checkProcedures({ procedures: facts.procedures, dialect: facts.dialect }),
    ...(facts.numbering ? checkNumbering(facts.numbering) : []),
    ...checkPermissions({ lacking: facts.lackingPermissions, admin: facts.admin }),
  ];
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
