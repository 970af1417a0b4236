import type { TAgentConfig } from "../config/agent-config.ts";
import { createErpConnector } from "../erp/create-erp-connector.ts";
import { Journal } from "../journal/journal.ts";
import type { TLogger } from "../log.ts";
import { CommandRunner } from "../tunnel/command-runner.ts";
import { runTunnel } from "../tunnel/run-tunnel.ts";
import { TIMINGS } from "../tunnel/timings.ts";
import { AGENT_VERSION } from "../version.ts";
import { EXIT } from "./exit-codes.ts";

/** Serves commands until SIGINT/SIGTERM (graceful) or a portal verdict; returns the exit code. */
export async function runAgent(options: { config: TAgentConfig; log: TLogger }): Promise<number> {
  const { config, log } = options;
  const journal = await Journal.open({ dir: config.journalDir, log });
  const erp = createErpConnector({ erpUrl: config.erpUrl });
  const runner = new CommandRunner({ journal, erp, log });
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    // A second signal means the operator will not wait for the graceful path.
    if (stop.signal.aborted) process.exit(EXIT.FAILURE);
    log.info("stopping", { signal });
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  log.info("agent starting", { version: AGENT_VERSION, portalUrl: config.portalUrl, agentId: config.agentId });
  const code = await runTunnel({
    portalUrl: config.portalUrl,
    credential: config.credential,
    runner,
    erp,
    log,
    timings: TIMINGS,
    stop: stop.signal,
  });
  log.info("agent stopped", { exitCode: code });
  return code;
}
