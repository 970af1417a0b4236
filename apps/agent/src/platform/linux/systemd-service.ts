import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TLayout } from "../../install/layout.ts";
import { runProgram, runProgramOrThrow } from "../run-program.ts";
import { systemdUnit, UNIT_FILE } from "./systemd-unit.ts";

const systemctl = (...args: string[]) => runProgramOrThrow({ command: "systemctl", args });

/** Writes the unit; outside test mode enables it and starts it now. */
export async function installSystemdService(options: { layout: TLayout }): Promise<void> {
  const { layout } = options;
  await mkdir(layout.serviceDir, { recursive: true });
  const unit = path.join(layout.serviceDir, UNIT_FILE);
  await writeFile(unit, systemdUnit(layout));
  await chmod(unit, 0o644);
  if (layout.root) return;
  await systemctl("daemon-reload");
  await systemctl("enable", "--now", UNIT_FILE);
}

export async function uninstallSystemdService(options: { layout: TLayout }): Promise<void> {
  const { layout } = options;
  if (!layout.root) await runProgram({ command: "systemctl", args: ["disable", "--now", UNIT_FILE] });
  await rm(path.join(layout.serviceDir, UNIT_FILE), { force: true });
  if (!layout.root) await systemctl("daemon-reload");
}

/** systemd's word for the unit: active, inactive, failed, activating... */
export async function systemdServiceState(options: { layout: TLayout }): Promise<string> {
  if (options.layout.root) return "test mode: not registered with systemd";
  const result = await runProgram({ command: "systemctl", args: ["is-active", UNIT_FILE] }).catch(() => null);
  return result ? result.stdout.trim() || `unknown (systemctl exited ${result.code})` : "systemctl not available";
}
