import { getAsset, isSea } from "node:sea";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { TLayout } from "../../install/layout.ts";
import { runProgram, runProgramOrThrow } from "../run-program.ts";
import { WINSW_BASENAME, winswXml } from "./winsw-xml.ts";

const wrapperOf = (layout: TLayout) => path.win32.join(layout.serviceDir, `${WINSW_BASENAME}.exe`);

/**
 * Writes WinSW (carried inside this executable) as `erp-bridge-agent-service.exe` with its
 * XML beside it, registers the service (Automatic start) and starts it.
 */
export async function installWindowsService(options: { layout: TLayout }): Promise<void> {
  if (!isSea()) throw new Error("the Windows service is installed from the built executable (npm run build:agent)");
  const { layout } = options;
  const wrapper = wrapperOf(layout);
  await writeFile(wrapper, Buffer.from(getAsset("winsw.exe")));
  await writeFile(`${wrapper}.config`, Buffer.from(getAsset("winsw.exe.config")));
  await writeFile(path.win32.join(layout.serviceDir, `${WINSW_BASENAME}.xml`), winswXml(layout));
  await runProgramOrThrow({ command: wrapper, args: ["install"] });
  await runProgramOrThrow({ command: wrapper, args: ["start"] });
}

/** Stops and removes the service; a service that is not there counts as removed. */
export async function uninstallWindowsService(options: { layout: TLayout }): Promise<void> {
  const wrapper = wrapperOf(options.layout);
  await runProgram({ command: wrapper, args: ["stop"] }).catch(() => null);
  await runProgram({ command: wrapper, args: ["uninstall"] }).catch(() => null);
}

/** WinSW's word: Started, Stopped or NonExistent. */
export async function windowsServiceState(options: { layout: TLayout }): Promise<string> {
  const result = await runProgram({ command: wrapperOf(options.layout), args: ["status"] }).catch(() => null);
  return result?.stdout.trim() || "NonExistent (no service wrapper in the program folder)";
}
