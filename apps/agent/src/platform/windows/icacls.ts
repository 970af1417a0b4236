import { runProgramOrThrow } from "../run-program.ts";

/** Well-known SIDs: the same on every Windows in every language (names are localised: "Administratorzy"). */
export const SID = { SYSTEM: "S-1-5-18", ADMINISTRATORS: "S-1-5-32-544" } as const;

/**
 * The data folder (config, journal, logs, updates) for SYSTEM and Administrators only: inherited
 * entries (Users may read ProgramData) removed, full control granted to the two, passed on to
 * every file and folder created inside (OI)(CI).
 */
export function restrictFolderArgs(folder: string): string[] {
  return [folder, "/inheritance:r", "/grant:r", `*${SID.SYSTEM}:(OI)(CI)F`, `*${SID.ADMINISTRATORS}:(OI)(CI)F`, "/Q"];
}

/** Files already in the folder (a reinstall) take the folder's entries instead of their own. */
export function inheritFolderArgs(folder: string): string[] {
  return [`${folder}\\*`, "/reset", "/T", "/C", "/Q"];
}

export async function restrictFolder(options: { folder: string }): Promise<void> {
  await runProgramOrThrow({ command: "icacls", args: restrictFolderArgs(options.folder) });
  await runProgramOrThrow({ command: "icacls", args: inheritFolderArgs(options.folder) });
}
