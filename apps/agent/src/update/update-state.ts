import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ZUpdateError } from "@erp-bridge/shared";
import { z } from "zod";

/**
 * The one file the agent and its supervisor hand an update over with (updates/state.json):
 * - staged: the agent verified a build and put it beside the executable; it exits for the swap.
 * - trial: the supervisor swapped it in and waits for it to connect, the old one kept aside.
 * - outcome: installed or rolled back, reported to the portal until it acknowledges.
 */
export const ZUpdateStateFile = z.discriminatedUnion("phase", [
  z.object({
    phase: z.literal("staged"),
    updateId: z.uuid(),
    fromVersion: z.string(),
    toVersion: z.string(),
    file: z.string(),
  }),
  z.object({
    phase: z.literal("trial"),
    updateId: z.uuid(),
    fromVersion: z.string(),
    toVersion: z.string(),
    backup: z.string(),
  }),
  z.object({
    phase: z.literal("outcome"),
    updateId: z.uuid(),
    version: z.string(),
    state: z.enum(["installed", "rolled_back"]),
    error: ZUpdateError.optional(),
  }),
]);
export type TUpdateStateFile = z.infer<typeof ZUpdateStateFile>;

const fileOf = (updatesDir: string) => path.join(updatesDir, "state.json");

/** The state, or null when there is none (or it is unreadable: an update half-written by a crash is forgotten). */
export async function readUpdateState(options: { updatesDir: string }): Promise<TUpdateStateFile | null> {
  const text = await readFile(fileOf(options.updatesDir), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = ZUpdateStateFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Replaces the state in one rename, so a reader never sees half a file. */
export async function writeUpdateState(options: { updatesDir: string; state: TUpdateStateFile }): Promise<void> {
  await mkdir(options.updatesDir, { recursive: true, mode: 0o700 });
  const file = fileOf(options.updatesDir);
  await writeFile(`${file}.tmp`, `${JSON.stringify(options.state)}\n`, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}

export async function clearUpdateState(options: { updatesDir: string }): Promise<void> {
  await rm(fileOf(options.updatesDir), { force: true });
}
