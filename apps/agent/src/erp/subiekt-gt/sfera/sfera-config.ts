import path from "node:path";
import { isSea } from "node:sea";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { protectSecrets, revealSecrets, ZProtectedSecret } from "../../../secrets/stored-secret.ts";

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

/** A password as the file holds it: plain (empty is a valid Subiekt password) or DPAPI-protected. */
const ZStoredPassword = z.union([z.string(), ZProtectedSecret], {
  error: (issue) => (issue.input === undefined ? "is missing" : "must be a string or a DPAPI-protected value"),
});

/**
 * The settings as the config file stores them: the two passwords protected at rest as the agent's
 * other secrets are (secrets/stored-secret.ts: DPAPI on Windows, the file's mode on Linux).
 */
export const ZStoredSferaConfig = ZSferaConfig.extend({
  sqlPassword: ZStoredPassword,
  operatorPassword: ZStoredPassword,
});
export type TStoredSferaConfig = z.infer<typeof ZStoredSferaConfig>;

/** Protects the passwords for the file; an empty one stays as it is (it hides nothing). */
export async function protectSferaConfig(options: {
  config: TSferaConfig;
  platform: string;
}): Promise<TStoredSferaConfig> {
  const { config, platform } = options;
  const secrets = [config.sqlPassword, config.operatorPassword].filter((value) => value !== "");
  const sealed = await protectSecrets({ values: secrets, platform });
  const stored = (value: string) => (value === "" ? value : (sealed.shift() ?? ""));
  return { ...config, sqlPassword: stored(config.sqlPassword), operatorPassword: stored(config.operatorPassword) };
}

/** The settings with their passwords readable (decrypted on the Windows server that protected them). */
export async function revealSferaConfig(options: {
  stored: TStoredSferaConfig;
  platform: string;
}): Promise<TSferaConfig> {
  const { stored } = options;
  const [sqlPassword = "", operatorPassword = ""] = await revealSecrets({
    values: [stored.sqlPassword, stored.operatorPassword],
    platform: options.platform,
  });
  return { ...stored, sqlPassword, operatorPassword };
}

/**
 * Where the bridge is when the config names none: beside the agent's executable once installed
 * (the build ships it there), in the repository's build folder when the agent runs from source.
 */
export function defaultBridgePath(): string {
  if (isSea()) return path.join(path.dirname(process.execPath), "SferaBridge.exe");
  return fileURLToPath(new URL("../../../../../sfera-bridge/build/SferaBridge.exe", import.meta.url));
}
