import path from "node:path";

/** The service's name with Windows' service manager and systemd. */
export const SERVICE_ID = "erp-bridge-agent";
export const SERVICE_NAME = "ERP Bridge agent";

export type TInstallPlatform = "win32" | "linux";

/** Where an installed agent keeps what. `root` set: test mode, all under one folder, no system service. */
export type TLayout = {
  platform: TInstallPlatform;
  root: string | null;
  /** The executable and (Windows) the WinSW wrapper; only administrators may write here. */
  programDir: string;
  executable: string;
  /** Config, journal, logs, update state: SYSTEM and Administrators only (root on Linux). */
  dataDir: string;
  configPath: string;
  journalDir: string;
  /** The service's rotating log files (see dataPaths). */
  logsDir: string;
  /** Linux: the folder for the systemd unit. Windows: programDir, where WinSW's files go. */
  serviceDir: string;
};

/**
 * Windows: `%ProgramFiles%\ERP Bridge` and `%ProgramData%\ERP Bridge`. Linux: /opt/erp-bridge-agent,
 * /var/lib/erp-bridge-agent and a unit in /etc/systemd/system.
 */
export function resolveLayout(options: {
  platform: TInstallPlatform;
  programFiles?: string;
  programData?: string;
  root?: string;
}): TLayout {
  const windows = options.platform === "win32";
  const paths = windows ? path.win32 : path.posix;
  const join = (...parts: string[]) => paths.join(...parts);
  const root = options.root ?? null;
  const programDir = root
    ? join(root, "program")
    : windows
      ? join(options.programFiles ?? "C:\\Program Files", "ERP Bridge")
      : "/opt/erp-bridge-agent";
  const dataDir = root
    ? join(root, "data")
    : windows
      ? join(options.programData ?? "C:\\ProgramData", "ERP Bridge")
      : "/var/lib/erp-bridge-agent";
  const serviceDir = windows ? programDir : root ? join(root, "systemd") : "/etc/systemd/system";
  return {
    platform: options.platform,
    root,
    programDir,
    executable: join(programDir, windows ? "erp-bridge-agent.exe" : "erp-bridge-agent"),
    dataDir,
    configPath: join(dataDir, "config.json"),
    journalDir: join(dataDir, "journal"),
    logsDir: join(dataDir, "logs"),
    serviceDir,
  };
}

/**
 * Beside the config file, wherever it is (the running system's path rules): the supervisor's
 * logs (the same folder as TLayout.logsDir for an installed agent) and the update state.
 */
export function dataPaths(options: { configPath: string }): { logsDir: string; updatesDir: string } {
  const dataDir = path.dirname(options.configPath);
  return { logsDir: path.join(dataDir, "logs"), updatesDir: path.join(dataDir, "updates") };
}
