import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { ZPortalUrl } from "../config/agent-config.ts";
import { parseJsonObject, readConfigText } from "../config/load-config.ts";
import { writeConfig } from "../config/write-config.ts";
import { errorMessage, type TLogger } from "../log.ts";
import { AGENT_VERSION } from "../version.ts";
import { EXIT } from "./exit-codes.ts";

const ZEnrolled = z.object({ agentId: z.uuid(), credential: z.string().min(1) });
const ZEnrollError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * Trades a one-time enrollment code for the agent's id and credential and writes the config.
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
  if (!portalUrl.success) return fail("--portal: must be an http:// or https:// URL");
  const existing = parseJsonObject((await readConfigText({ path: options.configPath })) ?? "null");
  if (existing && typeof existing.credential === "string" && !options.force) {
    return fail(
      `${options.configPath} is already enrolled (agent ${String(existing.agentId)}); pass --force to replace it`,
    );
  }
  const url = `${portalUrl.data}/api/agents/enroll`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: options.code, hostname: os.hostname(), agentVersion: AGENT_VERSION }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return fail(`enrollment failed: cannot reach ${url}: ${errorMessage(error)}${cause}`);
  }
  const body: unknown = await response.json().catch(() => null);
  const enrolled = ZEnrolled.safeParse(body);
  if (response.status !== 201 || !enrolled.success) {
    const refused = ZEnrollError.safeParse(body);
    return fail(`enrollment failed: ${refused.success ? refused.data.error.message : `HTTP ${response.status}`}`);
  }
  const keptDir = typeof existing?.journalDir === "string" ? existing.journalDir : undefined;
  const journalDir = path.resolve(path.dirname(options.configPath), options.journalDir ?? keptDir ?? "journal");
  const config = { portalUrl: portalUrl.data, ...enrolled.data, journalDir };
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
