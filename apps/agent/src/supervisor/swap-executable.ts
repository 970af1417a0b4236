import { chmod, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Beside the executable: previous/<updateId>/ keeps the version an update replaced, failed/<updateId>/ one rolled back. */
const kept = (options: { executable: string; folder: "previous" | "failed"; updateId: string }) =>
  path.join(path.dirname(options.executable), options.folder, options.updateId, path.basename(options.executable));

/**
 * Puts the staged build in the executable's place, the old one moved aside. Renames only
 * (same folder, same volume): Windows lets a running executable be renamed, not overwritten,
 * and the supervisor doing this runs from that very file.
 */
export async function swapExecutable(options: {
  executable: string;
  staged: string;
  updateId: string;
}): Promise<{ backup: string }> {
  const backup = kept({ ...options, folder: "previous" });
  await mkdir(path.dirname(backup), { recursive: true });
  await rename(options.executable, backup);
  try {
    await rename(options.staged, options.executable);
    await chmod(options.executable, 0o755);
  } catch (error) {
    await rename(backup, options.executable);
    throw error;
  }
  return { backup };
}

/** Puts the old executable back; the one that failed is kept in failed/ for a look. */
export async function rollBackExecutable(options: {
  executable: string;
  backup: string;
  updateId: string;
}): Promise<void> {
  const failed = kept({ ...options, folder: "failed" });
  await mkdir(path.dirname(failed), { recursive: true });
  await rename(options.executable, failed).catch((error: unknown) => {
    if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error;
  });
  await rename(options.backup, options.executable);
}

/**
 * After an update settles: keeps the latest previous version (and nothing in failed/ or staged/
 * older than this update). A file still running (the supervisor's own image on Windows) cannot
 * go yet and stays for a later update.
 */
export async function pruneKeptExecutables(options: { executable: string; keepUpdateId: string }): Promise<void> {
  const dir = path.dirname(options.executable);
  for (const folder of ["previous", "failed", "staged"]) {
    const entries = await readdir(path.join(dir, folder)).catch(() => []);
    for (const entry of entries) {
      if (folder === "previous" && entry === options.keepUpdateId) continue;
      await rm(path.join(dir, folder, entry), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
