import type { TAgentConfig } from "../config/agent-config.ts";
import { dataPaths, type TLayout } from "../install/layout.ts";
import { serviceHost } from "../install/service-host.ts";
import { journalFileBytes } from "../journal/journal.ts";
import { errorMessage } from "../log.ts";
import { probeTunnel } from "../tunnel/probe-tunnel.ts";
import { tunnelUrl } from "../tunnel/tunnel-url.ts";
import { readUpdateState, type TUpdateStateFile } from "../update/update-state.ts";
import { describeVersion } from "../version.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * Prints the version, the configuration (credential masked), the service's state, who may read
 * the config file, any update in progress, and whether the portal lets us in. Exits 1 when the
 * portal does not, or when the config file is readable by others than the system and administrators.
 */
export async function printStatus(options: {
  config: TAgentConfig;
  configPath: string;
  layout: TLayout | null;
}): Promise<number> {
  const { config, configPath, layout } = options;
  const host = layout && serviceHost({ platform: layout.platform, testMode: layout.root !== null });
  const [bytes, probe, service, warnings, update] = await Promise.all([
    journalFileBytes({ dir: config.journalDir }),
    probeTunnel({ portalUrl: config.portalUrl, credential: config.credential, timeoutMs: 15_000 }),
    layout && host?.state({ layout }).catch((error: unknown) => `unknown: ${errorMessage(error)}`),
    host
      ? host.configWarnings({ configPath }).catch((error: unknown) => [`could not check: ${errorMessage(error)}`])
      : [],
    readUpdateState({ updatesDir: dataPaths({ configPath }).updatesDir }),
  ]);
  const lines = [
    `version:     ${describeVersion()}`,
    `config:      ${configPath}`,
    warnings.length === 0 ? "access:      only the system and administrators may read it" : null,
    ...warnings.map((warning) => `WARNING:     ${warning}`),
    `portal:      ${config.portalUrl}`,
    `agent id:    ${config.agentId ?? "(not in config)"}`,
    `credential:  ${mask(config.credential)}`,
    config.connections.length === 0
      ? "ERP:         not configured: set erpUrl or AGENT_ERP_URL, or list connections"
      : `ERP:         ${config.connections.map((connection) => `${connection.key} (${connection.erpType})`).join(", ")}`,
    `journal:     ${config.journalDir} (${bytes === null ? "empty" : `${bytes} bytes`})`,
    service ? `service:     ${service}` : null,
    update ? `update:      ${describeUpdate(update)}` : null,
    `tunnel:      ${tunnelUrl({ portalUrl: config.portalUrl })}`,
    probe.ok
      ? `reachable:   yes, handshake in ${probe.roundTripMs} ms`
      : `reachable:   no: ${probe.status === 401 ? "credential rejected (HTTP 401): re-enroll" : probe.message}`,
  ];
  console.log(lines.filter((line) => line !== null).join("\n"));
  return probe.ok && warnings.length === 0 ? EXIT.OK : EXIT.FAILURE;
}

function describeUpdate(state: TUpdateStateFile): string {
  if (state.phase === "staged") return `${state.toVersion} downloaded, waiting to be swapped in`;
  if (state.phase === "trial") return `${state.toVersion} on trial (replacing ${state.fromVersion})`;
  const reason = state.error ? `: ${state.error.message}` : "";
  return `${state.version} ${state.state === "installed" ? "installed" : `rolled back${reason}`} (not yet acknowledged by the portal)`;
}

/** Enough to tell two credentials apart, not enough to use one. */
function mask(credential: string): string {
  return credential.length <= 8 ? "********" : `********${credential.slice(-4)}`;
}
