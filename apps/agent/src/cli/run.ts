import { isSea } from "node:sea";
import { agentPlatformOf } from "@erp-bridge/shared";
import type { TAgentConfig } from "../config/agent-config.ts";
import { ErpConnections } from "../erp/erp-connections.ts";
import { dataPaths } from "../install/layout.ts";
import { Journal } from "../journal/journal.ts";
import type { TLogger } from "../log.ts";
import { CommandRunner } from "../tunnel/command-runner.ts";
import { runTunnel } from "../tunnel/run-tunnel.ts";
import { TIMINGS } from "../tunnel/timings.ts";
import { UpdateReceiver } from "../update/update-receiver.ts";
import { AGENT_VERSION, BUILD_INFO } from "../version.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * Serves commands until SIGINT/SIGTERM (graceful), the supervisor closing our stdin (`supervised`),
 * a staged update, or a portal verdict; returns the exit code.
 */
export async function runAgent(options: {
  config: TAgentConfig;
  configPath: string;
  supervised: boolean;
  log: TLogger;
}): Promise<number> {
  const { config, log } = options;
  const journal = await Journal.open({ dir: config.journalDir, log });
  const connections = new ErpConnections({ connections: config.connections, log });
  const runner = new CommandRunner({ journal, connections, log });
  const stop = new AbortController();
  const stopGracefully = (fields: Record<string, string>) => {
    if (stop.signal.aborted) return;
    log.info("stopping", fields);
    stop.abort();
  };
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal means the operator will not wait for the graceful path.
    signals += 1;
    if (signals > 1) process.exit(EXIT.FAILURE);
    stopGracefully({ signal });
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  if (options.supervised) {
    process.stdin.on("end", () => stopGracefully({ reason: "supervisor" }));
    process.stdin.resume();
  }
  let updateStaged = false;
  const updates = new UpdateReceiver({
    executable: process.execPath,
    updatesDir: dataPaths({ configPath: options.configPath }).updatesDir,
    installed: options.supervised && isSea(),
    updateKey: BUILD_INFO?.updateKey ?? null,
    platform: agentPlatformOf(process),
    currentVersion: AGENT_VERSION,
    log,
    onStaged: () => {
      updateStaged = true;
      stopGracefully({ reason: "update" });
    },
  });
  log.info("agent starting", {
    version: AGENT_VERSION,
    portalUrl: config.portalUrl,
    agentId: config.agentId,
    connections: connections.list.map((connection) => `${connection.key}:${connection.erpType}`).join(","),
  });
  const code = await runTunnel({
    portalUrl: config.portalUrl,
    credential: config.credential,
    runner,
    updates,
    connections,
    log,
    timings: TIMINGS,
    stop: stop.signal,
  });
  // The bridge finishes the write it holds and ends Subiekt's session (killed if it takes too long).
  await connections.stop();
  const exitCode = updateStaged ? EXIT.UPDATE_READY : code;
  log.info("agent stopped", { exitCode });
  return exitCode;
}
