import path from "node:path";
import { ZPortalUrl } from "../config/agent-config.ts";
import { parseJsonObject, readConfigText } from "../config/load-config.ts";
import { writeConfig } from "../config/write-config.ts";
import type { TLogger } from "../log.ts";
import { EXIT } from "./exit-codes.ts";
import { requestEnrollment } from "./request-enrollment.ts";

/**
 * `agent enroll`: trades the code for the agent's id and credential and writes the config.
 * An enrolled config is only replaced with `force`: its credential would be lost for good.
 */
export async function enrollAgent(options: {
  portal: string;
  code: string;
  configPath: string;
  force: boolean;
  journalDir: string | undefined;
  log: TLogger;
}): Promise<number> {
  const portalUrl = ZPortalUrl.safeParse(options.portal);
  if (!portalUrl.success) return fail(`--portal: ${portalUrl.error.issues[0]?.message ?? "invalid"}`);
  const existing = parseJsonObject((await readConfigText({ path: options.configPath })) ?? "null");
  if (existing && existing.credential !== undefined && !options.force) {
    return fail(
      `${options.configPath} is already enrolled (agent ${String(existing.agentId)}); pass --force to replace it`,
    );
  }
  const enrolled = await requestEnrollment({ portalUrl: portalUrl.data, code: options.code });
  if (!enrolled.ok) return fail(enrolled.line);
  const keptDir = typeof existing?.journalDir === "string" ? existing.journalDir : undefined;
  const journalDir = path.resolve(path.dirname(options.configPath), options.journalDir ?? keptDir ?? "journal");
  const config = { portalUrl: portalUrl.data, agentId: enrolled.agentId, credential: enrolled.credential, journalDir };
  await writeConfig({ path: options.configPath, config });
  options.log.info("enrolled", {
    agentId: config.agentId,
    configPath: options.configPath,
    portalUrl: config.portalUrl,
  });
  return EXIT.OK;
}

function fail(line: string): number {
  console.error(line);
  return EXIT.FAILURE;
}
