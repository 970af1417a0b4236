import { readFile } from "node:fs/promises";
import { z } from "zod";
import { formatDoctorReport, runDoctor } from "../erp/subiekt-gt/doctor/run-doctor.ts";
import { writeDoctorReport } from "../erp/subiekt-gt/doctor/write-doctor-report.ts";
import { errorMessage } from "../log.ts";
import { revealSecrets, ZStoredSecret } from "../secrets/stored-secret.ts";
import { AGENT_VERSION } from "../version.ts";
import { doctorWrites } from "./doctor-writes.ts";
import { EXIT } from "./exit-codes.ts";

const ZErpUrlInFile = z.object({ erpUrl: ZStoredSecret.optional() });

/**
 * `agent doctor`: checks the ERP connection before (or after) enrollment, so it reads only
 * the ERP URL: --erp-url, else AGENT_ERP_URL, else "erpUrl" in the config file (decrypted).
 * With --report FILE it also writes the database's fingerprint there, for staff to upload.
 */
export async function doctor(options: {
  erpUrl?: string;
  envErpUrl?: string;
  configPath: string;
  reportPath?: string;
  /** The write preflight instead of the schema checks (see doctor-writes.ts). */
  writes?: boolean;
}): Promise<number> {
  let erpUrl: string | undefined;
  try {
    erpUrl = options.erpUrl ?? options.envErpUrl ?? (await erpUrlFromFile(options.configPath));
  } catch (error) {
    console.error(`${options.configPath}: ${errorMessage(error)}`);
    return EXIT.FAILURE;
  }
  if (!erpUrl) {
    console.error(`No ERP URL: pass --erp-url, set AGENT_ERP_URL, or put "erpUrl" in ${options.configPath}`);
    return EXIT.FAILURE;
  }
  if (options.writes) return doctorWrites({ erpUrl });
  if (options.reportPath === undefined) {
    const report = await runDoctor({ erpUrl });
    console.log(formatDoctorReport(report));
    return report.ok ? EXIT.OK : EXIT.FAILURE;
  }
  return doctorWithReport({ erpUrl, path: options.reportPath });
}

async function doctorWithReport(options: { erpUrl: string; path: string }): Promise<number> {
  let written;
  try {
    written = await writeDoctorReport({ ...options, agentVersion: AGENT_VERSION });
  } catch (error) {
    console.error(`${options.path}: ${errorMessage(error)}`);
    return EXIT.FAILURE;
  }
  console.log(formatDoctorReport(written.report));
  console.log(
    written.fingerprint
      ? `Fingerprint written to ${options.path}: upload it in the portal: the client's Specyfikacja, "Wgraj lub zastąp odcisk".`
      : `No fingerprint written: the ERP database could not be reached.`,
  );
  return written.report.ok && written.fingerprint ? EXIT.OK : EXIT.FAILURE;
}

async function erpUrlFromFile(path: string): Promise<string | undefined> {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return undefined;
  let parsed;
  try {
    parsed = ZErpUrlInFile.safeParse(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (!parsed.success || parsed.data.erpUrl === undefined) return undefined;
  const [erpUrl] = await revealSecrets({ values: [parsed.data.erpUrl], platform: process.platform });
  return erpUrl;
}
