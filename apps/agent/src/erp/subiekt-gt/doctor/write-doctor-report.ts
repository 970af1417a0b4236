import { writeFile } from "node:fs/promises";
import type { TDoctorFingerprint } from "@erp-bridge/shared";
import { createErpDb } from "../../sql/create-erp-db.ts";
import { readFingerprint } from "./read-fingerprint.ts";
import { runDoctor, type TDoctorReport } from "./run-doctor.ts";

/**
 * The doctor's checks, then the fingerprint of the same database written to `path` as JSON for
 * staff to upload to the integration. A database the doctor could not reach has no fingerprint:
 * the file is not written (`fingerprint: null`).
 */
export async function writeDoctorReport(options: {
  erpUrl: string;
  path: string;
  agentVersion: string;
}): Promise<{ report: TDoctorReport; fingerprint: TDoctorFingerprint | null }> {
  const report = await runDoctor({ erpUrl: options.erpUrl });
  const reached = report.checks.some((check) => check.name === "connection" && check.level === "ok");
  if (!reached) return { report, fingerprint: null };
  const erp = createErpDb<unknown>({ url: options.erpUrl });
  try {
    const fingerprint = await readFingerprint({
      db: erp.db,
      dialect: erp.dialect,
      verdict: report,
      agentVersion: options.agentVersion,
    });
    await writeFile(options.path, `${JSON.stringify(fingerprint, null, 2)}\n`);
    return { report, fingerprint };
  } finally {
    await erp.close();
  }
}
