import { readFile } from "node:fs/promises";
import path from "node:path";
import { isSea } from "node:sea";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * The Sfera writer's settings, under "sfera" in the agent's config file (owner-only, like the
 * credential): the SQL login Subiekt itself uses (Sfera writes as Subiekt does, so not the agent's
 * least-privilege login) and the dedicated Subiekt operator the bridge logs in as.
 */
export const ZSferaConfig = z.object({
  /** As Subiekt names it, e.g. SERWER\INSERTGT. */
  server: z.string().min(1),
  database: z.string().min(1),
  sqlUser: z.string().min(1),
  sqlPassword: z.string(),
  operator: z.string().min(1),
  operatorPassword: z.string(),
  /** Receipts go to this fiscal printer (uf_Konfiguracja id) when set. */
  fiscalPrinterId: z.number().int().positive().optional(),
  /** SferaBridge.exe; by default the one built beside the agent. */
  bridgePath: z.string().min(1).optional(),
  /**
   * Arguments put before nothing else: SferaBridge.exe takes none. The tests start the emulated
   * bridge this way (`bridgePath` Node, these its loader, script and sandbox URL).
   */
  bridgeArgs: z.array(z.string()).optional(),
  /** A save with no answer by then is taken for hung (a dialog on the server): default 60 s. */
  callTimeoutMs: z.number().int().min(1000).max(600_000).optional(),
});
export type TSferaConfig = z.infer<typeof ZSferaConfig>;

const ZConfigFile = z.object({ erpUrl: z.string().min(1).optional(), sfera: ZSferaConfig.optional() });

/**
 * Where the bridge is when the config names none: beside the agent's executable once installed
 * (the build ships it there), in the repository's build folder when the agent runs from source.
 */
export function defaultBridgePath(): string {
  if (isSea()) return path.join(path.dirname(process.execPath), "SferaBridge.exe");
  return fileURLToPath(new URL("../../../../../sfera-bridge/build/SferaBridge.exe", import.meta.url));
}

/** Reads "sfera" (and the ERP URL the check takes its sample from); a problem is one line naming the field. */
export async function readSferaConfig(options: {
  configPath: string;
}): Promise<{ ok: true; sfera: TSferaConfig; erpUrl: string | undefined } | { ok: false; line: string }> {
  const text = await readFile(options.configPath, "utf8").catch(() => null);
  if (text === null) return { ok: false, line: `${options.configPath}: cannot read the agent's config file` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, line: `${options.configPath}: not JSON` };
  }
  const parsed = ZConfigFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, line: `"${issue?.path.join(".")}" in ${options.configPath}: ${issue?.message ?? "invalid"}` };
  }
  if (!parsed.data.sfera) {
    const example = '{ "server", "database", "sqlUser", "sqlPassword", "operator", "operatorPassword" }';
    return { ok: false, line: `${options.configPath} has no "sfera" settings: add "sfera": ${example}` };
  }
  return { ok: true, sfera: parsed.data.sfera, erpUrl: parsed.data.erpUrl };
}
