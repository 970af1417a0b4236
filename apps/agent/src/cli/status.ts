import type { TAgentConfig } from "../config/agent-config.ts";
import { journalFileBytes } from "../journal/journal.ts";
import { probeTunnel } from "../tunnel/probe-tunnel.ts";
import { tunnelUrl } from "../tunnel/tunnel-url.ts";
import { EXIT } from "./exit-codes.ts";

/** Prints the configuration (credential masked), the journal's size and whether the portal lets us in. */
export async function printStatus(options: { config: TAgentConfig; configPath: string }): Promise<number> {
  const { config } = options;
  const bytes = await journalFileBytes({ dir: config.journalDir });
  const probe = await probeTunnel({ portalUrl: config.portalUrl, credential: config.credential, timeoutMs: 15_000 });
  const lines = [
    `config:      ${options.configPath}`,
    `portal:      ${config.portalUrl}`,
    `agent id:    ${config.agentId ?? "(not in config)"}`,
    `credential:  ${mask(config.credential)}`,
    `journal:     ${config.journalDir} (${bytes === null ? "empty" : `${bytes} bytes`})`,
    `tunnel:      ${tunnelUrl({ portalUrl: config.portalUrl })}`,
    probe.ok
      ? `reachable:   yes, handshake in ${probe.roundTripMs} ms`
      : `reachable:   no: ${probe.status === 401 ? "credential rejected (HTTP 401): re-enroll" : probe.message}`,
  ];
  console.log(lines.join("\n"));
  return probe.ok ? EXIT.OK : EXIT.FAILURE;
}

/** Enough to tell two credentials apart, not enough to use one. */
function mask(credential: string): string {
  return credential.length <= 8 ? "********" : `********${credential.slice(-4)}`;
}
