import { writeFile } from "node:fs/promises";
import type { TDoctorFingerprint } from "@erp-bridge/shared";
import { fingerprintOf } from "./read-fingerprint.ts";
import { diagnose, type TDoctorReport } from "./run-doctor.ts";

/**
 * The doctor's checks, then the fingerprint of the same facts (the catalogue is read once) written
 * to `path` as JSON for staff to upload to the integration. A database the doctor could not reach
 * has no fingerprint: the file is not written (`fingerprint: null`).
 */
export async function writeDoctorReport(options: {
  erpUrl: string;
  path: string;
  agentVersion: string;
}): Promise<{ report: TDoctorReport; fingerprint: TDoctorFingerprint | null }> {
  const { report, facts } = await diagnose({ erpUrl: options.erpUrl });
  if (!facts) return { report, fingerprint: null };
  const fingerprint = fingerprintOf({ facts, verdict: report, agentVersion: options.agentVersion });
  await writeFile(options.path, `${JSON.stringify(fingerprint, null, 2)}\n`);
  return { report, fingerprint };
}
