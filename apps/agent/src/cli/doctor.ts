import { readFile } from "node:fs/promises";
import { z } from "zod";
import { formatDoctorReport, runDoctor } from "../erp/subiekt-gt/doctor/run-doctor.ts";
import { EXIT } from "./exit-codes.ts";

const ZErpUrlInFile = z.object({ erpUrl: z.string().min(1).optional() });

/**
 * `agent doctor`: checks the ERP connection before (or after) enrollment, so it reads only
 * the ERP URL: --erp-url, else AGENT_ERP_URL, else "erpUrl" in the config file.
 */
export async function doctor(options: { erpUrl?: string; envErpUrl?: string; configPath: string }): Promise<number> {
  const erpUrl = options.erpUrl ?? options.envErpUrl ?? (await erpUrlFromFile(options.configPath));
  if (!erpUrl) {
    console.error(`No ERP URL: pass --erp-url, set AGENT_ERP_URL, or put "erpUrl" in ${options.configPath}`);
    return EXIT.FAILURE;
  }
  const report = await runDoctor({ erpUrl });
  console.log(formatDoctorReport(report));
  return report.ok ? EXIT.OK : EXIT.FAILURE;
}

async function erpUrlFromFile(path: string): Promise<string | undefined> {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return undefined;
  try {
    const parsed = ZErpUrlInFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.erpUrl : undefined;
  } catch {
    return undefined;
  }
}
