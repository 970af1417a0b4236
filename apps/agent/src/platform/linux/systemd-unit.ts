import { SERVICE_ID, SERVICE_NAME, type TLayout } from "../../install/layout.ts";

export const UNIT_FILE = `${SERVICE_ID}.service`;

/** One ExecStart word, double-quoted; `%` is a unit specifier and `$` a variable, so both are doubled. */
export function quoteUnitWord(word: string): string {
  const escaped = word.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/%/g, "%%").replace(/\$/g, "$$$$");
  return `"${escaped}"`;
}

/**
 * The systemd unit: the supervisor (`service`) at boot once the network is up, restarted after a
 * crash but not after a verdict that a restart cannot change (2: credential rejected, 3:
 * protocol version). KillMode=mixed sends SIGTERM to the supervisor alone, which stops its agent
 * gracefully; whatever is left after TimeoutStopSec is killed. It runs as root because an update
 * replaces the executable in /opt; the file-system protections keep the rest read-only.
 */
export function systemdUnit(layout: TLayout): string {
  const exec = [layout.executable, "service", "--config", layout.configPath].map(quoteUnitWord).join(" ");
  return [
    "[Unit]",
    `Description=${SERVICE_NAME}`,
    "After=network-online.target",
    "Wants=network-online.target",
    "",
    "[Service]",
    "Type=simple",
    `ExecStart=${exec}`,
    `WorkingDirectory=${quoteUnitWord(layout.dataDir)}`,
    "Restart=on-failure",
    "RestartSec=10",
    "RestartPreventExitStatus=2 3",
    "KillMode=mixed",
    "TimeoutStopSec=30",
    "UMask=0077",
    "NoNewPrivileges=yes",
    "ProtectSystem=full",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}
