import { readFile } from "node:fs/promises";
import { z } from "zod";
import { DEFAULT_CONNECTION, ZErpType } from "@erp-bridge/shared";
import { readConfigText, resolveConfig } from "../config/load-config.ts";
import { runOptimaDoctor } from "../erp/optima/doctor/run-optima-doctor.ts";
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
 * the ERP URL: --erp-url, else AGENT_ERP_URL, else "erpUrl" in the config file (decrypted);
 * with --connection KEY, that connection's URL and ERP type from the config file (issue 19).
 * With --report FILE it also writes the database's fingerprint there, for staff to upload.
 * An Optima database (--erp-type optima, or an optima connection) gets the read checks only.
 */
export async function doctor(options: {
  erpUrl?: string;
  envErpUrl?: string;
  configPath: string;
  reportPath?: string;
  /** The write preflight instead of the schema checks (see doctor-writes.ts). */
  writes?: boolean;
  connection?: string;
  erpType?: string;
}): Promise<number> {
  let target: { erpUrl: string | undefined; erpType: string };
  try {
    target = options.connection
      ? await connectionFromFile({ path: options.configPath, key: options.connection })
      : {
          erpUrl: options.erpUrl ?? options.envErpUrl ?? (await erpUrlFromFile(options.configPath)),
          erpType: options.erpType ?? "subiekt-gt",
        };
  } catch (error) {
    console.error(errorMessage(error));
    return EXIT.FAILURE;
  }
  const { erpUrl, erpType } = target;
  if (!erpUrl) {
    console.error(`No ERP URL: pass --erp-url, set AGENT_ERP_URL, or put "erpUrl" in ${options.configPath}`);
    return EXIT.FAILURE;
  }
  if (!ZErpType.options.some((type) => type === erpType)) {
    console.error(`--erp-type: must be ${ZErpType.options.join(" or ")}, got ${erpType}`);
    return EXIT.FAILURE;
  }
  if (erpType === "optima") {
    if (options.writes || options.reportPath !== undefined) {
      console.error(
        `${options.writes ? "--writes" : "--report"}: a Comarch ERP Optima connection is read-only for now; run \`doctor\` without it`,
      );
      return EXIT.FAILURE;
    }
    const report = await runOptimaDoctor({ erpUrl });
    console.log(formatDoctorReport(report));
    return report.ok ? EXIT.OK : EXIT.FAILURE;
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

/** A connection of the config file by key ("default": "erpUrl"), its URL decrypted; throws naming what is wrong. */
async function connectionFromFile(options: {
  path: string;
  key: string;
}): Promise<{ erpUrl: string; erpType: string }> {
  const fileText = await readConfigText({ path: options.path });
  if (fileText === null) throw new Error(`--connection: ${options.path}: no such config file`);
  const resolved = resolveConfig({ path: options.path, fileText, env: {} });
  if (!resolved.ok) throw new Error(resolved.line);
  const { erpUrl, connections = [] } = resolved.config;
  const listed = [
    ...(erpUrl === undefined ? [] : [{ key: DEFAULT_CONNECTION, erpType: "subiekt-gt", erpUrl }]),
    ...connections,
  ];
  const found = listed.find((connection) => connection.key === options.key);
  if (!found) {
    const keys = listed.map((connection) => `"${connection.key}"`).join(", ") || "none";
    throw new Error(`--connection: "${options.key}" is not in ${options.path} (it lists: ${keys})`);
  }
  const [plain = ""] = await revealSecrets({ values: [found.erpUrl], platform: process.platform });
  return { erpUrl: plain, erpType: found.erpType };
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
