import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { revealSferaConfig } from "../erp/subiekt-gt/sfera/sfera-config.ts";
import { revealSecrets } from "../secrets/stored-secret.ts";
import { DEFAULT_CONNECTION } from "@erp-bridge/shared";
import { ZStoredAgentConfig, type TAgentConfig, type TStoredAgentConfig } from "./agent-config.ts";
import { describePath, type TConnectionConfig, type TStoredConnection } from "./erp-connections.ts";
import type { TAgentEnv } from "./env.ts";

export type TStoredConfigResult = { ok: true; config: TStoredAgentConfig } | { ok: false; line: string };
export type TConfigResult = { ok: true; config: TAgentConfig } | { ok: false; line: string };

const ZJsonObject = z.record(z.string(), z.unknown());

/** Which variable overrides which key of the file, to name the right one in an error. */
const OVERRIDES = {
  portalUrl: "AGENT_PORTAL_URL",
  credential: "AGENT_CREDENTIAL",
  journalDir: "AGENT_JOURNAL_DIR",
  logLevel: "AGENT_LOG_LEVEL",
  erpUrl: "AGENT_ERP_URL",
} as const satisfies Record<string, keyof TAgentEnv>;

/**
 * Merges the config file (null when absent) with env overrides and validates the result.
 * A failure is one line naming the setting where the user has to fix it.
 */
export function resolveConfig(options: { path: string; fileText: string | null; env: TAgentEnv }): TStoredConfigResult {
  const file = options.fileText === null ? {} : parseJsonObject(options.fileText);
  if (file === null) return { ok: false, line: `${options.path}: not a JSON object` };
  const merged: Record<string, unknown> = { ...file };
  for (const [key, variable] of Object.entries(OVERRIDES)) {
    const value = options.env[variable];
    if (value !== undefined) merged[key] = value;
  }
  const result = ZStoredAgentConfig.safeParse(merged);
  if (!result.success && options.fileText === null) {
    const needed = "set AGENT_PORTAL_URL, AGENT_CREDENTIAL and AGENT_JOURNAL_DIR";
    return { ok: false, line: `${options.path}: no such config file; run \`agent enroll\` or ${needed}` };
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? "config");
    const variable = Object.entries(OVERRIDES).find(([name]) => name === key)?.[1];
    const field = issue && issue.path.length > 0 ? describePath(issue.path) : key;
    const where =
      variable && options.env[variable] !== undefined
        ? variable
        : `"${field}" in ${options.path}${variable ? ` (or ${variable})` : ""}`;
    const hint = key === "credential" ? "; run `agent enroll` first" : "";
    return { ok: false, line: `${where}: ${issue?.message ?? "invalid"}${hint}` };
  }
  // A relative journal directory means "next to the config file", wherever the service starts.
  const journalDir = path.resolve(path.dirname(options.path), result.data.journalDir);
  return { ok: true, config: { ...result.data, journalDir } };
}

/** Reads the file (absent is fine: env may carry everything), resolves it and decrypts its secrets. */
export async function loadConfig(options: { path: string; env: TAgentEnv }): Promise<TConfigResult> {
  const fileText = await readConfigText({ path: options.path });
  const resolved = resolveConfig({ path: options.path, fileText, env: options.env });
  if (!resolved.ok) return resolved;
  const { credential, erpUrl, sfera, connections = [], ...rest } = resolved.config;
  const platform = process.platform;
  // The legacy "erpUrl" (and its "sfera") is the connection "default", always Subiekt GT.
  const stored: TStoredConnection[] = [
    ...(erpUrl === undefined ? [] : [{ key: DEFAULT_CONNECTION, erpType: "subiekt-gt" as const, erpUrl, sfera }]),
    ...connections,
  ];
  try {
    const [plainCredential = "", ...plainUrls] = await revealSecrets({
      values: [credential, ...stored.map((connection) => connection.erpUrl)],
      platform,
    });
    // A "sfera" without "erpUrl" serves nothing, but a login this machine cannot decrypt still fails here.
    if (erpUrl === undefined && sfera) await revealSferaConfig({ stored: sfera, platform });
    const revealed: TConnectionConfig[] = [];
    for (const [index, connection] of stored.entries()) {
      const plainSfera = connection.sfera && (await revealSferaConfig({ stored: connection.sfera, platform }));
      const { key, erpType } = connection;
      revealed.push({ key, erpType, erpUrl: plainUrls[index] ?? "", ...(plainSfera && { sfera: plainSfera }) });
    }
    return { ok: true, config: { ...rest, credential: plainCredential, connections: revealed } };
  } catch (error) {
    return { ok: false, line: `${options.path}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function readConfigText(options: { path: string }): Promise<string | null> {
  try {
    return await readFile(options.path, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
    throw error;
  }
}

export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const parsed = ZJsonObject.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
