import { chmod, mkdir, stat } from "node:fs/promises";
import {
  installSystemdService,
  systemdServiceState,
  uninstallSystemdService,
} from "../platform/linux/systemd-service.ts";
import { judgeAcl, readAcl, isAdministrator } from "../platform/windows/acl.ts";
import { restrictFolder } from "../platform/windows/icacls.ts";
import {
  installWindowsService,
  uninstallWindowsService,
  windowsServiceState,
} from "../platform/windows/windows-service.ts";
import type { TInstallPlatform, TLayout } from "./layout.ts";

/** What installing differs in between Windows and Linux; everything else is shared. */
export type TServiceHost = {
  /** null when this process may install a service; else what to do. */
  missingPrivilege: () => Promise<string | null>;
  /** Creates the data folder readable by the system and administrators only. */
  secureDataDir: (options: { dir: string }) => Promise<void>;
  install: (options: { layout: TLayout }) => Promise<void>;
  uninstall: (options: { layout: TLayout }) => Promise<void>;
  state: (options: { layout: TLayout }) => Promise<string>;
  /** Warnings when others than the system and administrators may read the config file. */
  configWarnings: (options: { configPath: string }) => Promise<string[]>;
};

const WINDOWS: TServiceHost = {
  missingPrivilege: async () =>
    (await isAdministrator()) ? null : "run it as administrator (right-click PowerShell: Run as administrator)",
  secureDataDir: async ({ dir }) => {
    await mkdir(dir, { recursive: true });
    await restrictFolder({ folder: dir });
  },
  install: installWindowsService,
  uninstall: uninstallWindowsService,
  state: windowsServiceState,
  configWarnings: async ({ configPath }) => judgeAcl(await readAcl({ path: configPath })),
};

const LINUX: TServiceHost = {
  missingPrivilege: async () => (process.getuid?.() === 0 ? null : "run it as root (sudo)"),
  secureDataDir: async ({ dir }) => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
  },
  install: installSystemdService,
  uninstall: uninstallSystemdService,
  state: systemdServiceState,
  configWarnings: async ({ configPath }) => {
    const mode = (await stat(configPath)).mode & 0o777;
    if ((mode & 0o077) === 0) return [];
    return [`${configPath} has mode ${mode.toString(8)}: readable by others than its owner; chmod 600 it`];
  },
};

/** Test mode (a root folder) needs no privilege: it writes only under that folder. */
export function serviceHost(options: { platform: TInstallPlatform; testMode: boolean }): TServiceHost {
  const host = options.platform === "win32" ? WINDOWS : LINUX;
  return options.testMode ? { ...host, missingPrivilege: async () => null } : host;
}
