import { isSea } from "node:sea";
import type { TUpdateError } from "@erp-bridge/shared";
import { EXIT } from "../cli/exit-codes.ts";
import { dataPaths } from "../install/layout.ts";
import { errorMessage, type TLogger } from "../log.ts";
import { readUpdateState, writeUpdateState, type TUpdateStateFile } from "../update/update-state.ts";
import { AGENT_VERSION } from "../version.ts";
import { runTrial } from "./run-trial.ts";
import { selfCommand } from "./self-command.ts";
import { openServiceLog } from "./supervisor-log.ts";
import { pruneKeptExecutables, rollBackExecutable, swapExecutable } from "./swap-executable.ts";
import { startWorker, type TWorker } from "./worker-process.ts";

/**
 * `service`: what the Windows service and the systemd unit run. It runs the agent (`run
 * --supervised`) as a child and writes its log lines into rotating files; when the agent exits
 * for a staged update it swaps the executable, starts the new version and gives it `trialMs`
 * to connect, else kills it, puts the old one back and starts that. It ends when the agent
 * ends otherwise (the service manager restarts it after a failure) or on SIGINT/SIGTERM
 * (Ctrl+C from WinSW), which it passes on as a graceful stop.
 */
export async function supervise(options: { configPath: string; trialMs: number }): Promise<number> {
  const { logsDir, updatesDir } = dataPaths({ configPath: options.configPath });
  const { file, log } = openServiceLog({ dir: logsDir });
  const self = selfCommand();
  const executable = process.execPath;
  let worker: TWorker | null = null;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info("service stopping", { signal });
    worker?.stop();
    markStopped();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  log.info("service starting", { version: AGENT_VERSION, executable, pid: process.pid });

  for (;;) {
    const state = await applyStagedUpdate({ updatesDir, executable, log });
    worker = startWorker({
      command: self.command,
      args: [...self.args, "run", "--config", options.configPath, "--supervised"],
      // The agent's own lines are already redacted JSON; its stderr (a crash trace) goes through the logger.
      onLine: (line, stream) => (stream === "stdout" ? file.write(line) : log.error("agent stderr", { line })),
    });
    if (state?.phase === "trial") {
      const trial = await runTrial({ worker, trialMs: options.trialMs, stopped });
      if (trial.kind === "failed") {
        worker.kill();
        await worker.exited;
        await rollBack({ state, executable, updatesDir, log, error: trial.error });
        continue;
      }
      if (trial.kind === "connected") {
        await writeUpdateState({
          updatesDir,
          state: { phase: "outcome", updateId: state.updateId, version: state.toVersion, state: "installed" },
        });
        await pruneKeptExecutables({ executable, keepUpdateId: state.updateId });
        log.info("update installed", { updateId: state.updateId, from: state.fromVersion, to: state.toVersion });
      }
    }
    const code = await worker.exited;
    worker = null;
    if (stopping) {
      log.info("service stopped");
      return EXIT.OK;
    }
    if (code === EXIT.UPDATE_READY) continue;
    log.warn("agent exited", { exitCode: code });
    return code ?? EXIT.FAILURE;
  }
}

/** A staged build goes in now, before the agent starts again; a trial survives a restart of the service. */
async function applyStagedUpdate(options: {
  updatesDir: string;
  executable: string;
  log: TLogger;
}): Promise<TUpdateStateFile | null> {
  const { updatesDir, executable, log } = options;
  const state = await readUpdateState({ updatesDir });
  if (state?.phase !== "staged") return state;
  const { updateId, fromVersion, toVersion } = state;
  try {
    if (!isSea()) throw new Error("only the built executable can be swapped");
    const { backup } = await swapExecutable({ executable, staged: state.file, updateId });
    const trial = { phase: "trial", updateId, fromVersion, toVersion, backup } as const;
    await writeUpdateState({ updatesDir, state: trial });
    log.info("update swapped in", { updateId, from: fromVersion, to: toVersion });
    return trial;
  } catch (error) {
    const message = `could not put ${toVersion} in place: ${errorMessage(error)}`;
    const outcome = { phase: "outcome", updateId, version: toVersion, state: "rolled_back" } as const;
    await writeUpdateState({ updatesDir, state: { ...outcome, error: { code: "INSTALL_FAILED", message } } });
    log.error("update not installed", { updateId, error: message });
    return null;
  }
}

/** The version that failed goes to failed/, the old one back in place, and the portal will hear why. */
async function rollBack(options: {
  state: Extract<TUpdateStateFile, { phase: "trial" }>;
  executable: string;
  updatesDir: string;
  log: TLogger;
  error: TUpdateError;
}): Promise<void> {
  const { state, log, error } = options;
  await rollBackExecutable({ executable: options.executable, backup: state.backup, updateId: state.updateId });
  await writeUpdateState({
    updatesDir: options.updatesDir,
    state: { phase: "outcome", updateId: state.updateId, version: state.toVersion, state: "rolled_back", error },
  });
  log.error("update rolled back", {
    updateId: state.updateId,
    from: state.toVersion,
    to: state.fromVersion,
    reason: error.message,
  });
}
