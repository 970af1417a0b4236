import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TConfigFile } from "./agent-config.ts";

/**
 * Writes the config holding the credential readable by its owner only. chmod runs after the
 * write too, because `mode` applies only when the file is created, not to one being replaced.
 */
export async function writeConfig(options: { path: string; config: TConfigFile }): Promise<void> {
  await mkdir(path.dirname(options.path), { recursive: true, mode: 0o700 });
  await mkdir(options.config.journalDir, { recursive: true, mode: 0o700 });
  await writeFile(options.path, `${JSON.stringify(options.config, null, 2)}\n`, { mode: 0o600 });
  await chmod(options.path, 0o600);
}
