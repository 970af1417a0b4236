import { chmod, mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TConfigFile } from "./agent-config.ts";

/**
 * Writes the config holding the credential readable by its owner only: into a new file beside it,
 * renamed over the old one, so a failed or cut write leaves the previous config whole. chmod runs
 * after the write too, because `mode` applies only when a file is created (a leftover may exist).
 */
export async function writeConfig(options: { path: string; config: TConfigFile }): Promise<void> {
  await mkdir(path.dirname(options.path), { recursive: true, mode: 0o700 });
  await mkdir(options.config.journalDir, { recursive: true, mode: 0o700 });
  const next = `${options.path}.new`;
  await writeFile(next, `${JSON.stringify(options.config, null, 2)}\n`, { mode: 0o600 });
  await chmod(next, 0o600);
  await rename(next, options.path);
}
