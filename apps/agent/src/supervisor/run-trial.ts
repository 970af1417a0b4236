import { setTimeout as sleep } from "node:timers/promises";
import type { TUpdateError } from "@erp-bridge/shared";
import type { TWorker } from "./worker-process.ts";

export type TTrialResult = { kind: "connected" } | { kind: "failed"; error: TUpdateError } | { kind: "stopped" };

/** Waits for a just-installed version to reach the portal: connected, exited first, or out of time. */
export async function runTrial(options: { worker: TWorker; trialMs: number; stopped: Promise<void> }) {
  const timer = new AbortController();
  const outcome: TTrialResult = await Promise.race([
    options.worker.connected.then((): TTrialResult => ({ kind: "connected" })),
    options.stopped.then((): TTrialResult => ({ kind: "stopped" })),
    options.worker.exited.then((code): TTrialResult => ({
      kind: "failed",
      error: {
        code: "EXITED_BEFORE_CONNECTING",
        message: `exited with code ${code} before connecting${options.worker.lastError() ? `: ${options.worker.lastError()}` : ""}`,
      },
    })),
    sleep(options.trialMs, undefined, { signal: timer.signal }).then(
      (): TTrialResult => ({
        kind: "failed",
        error: { code: "NOT_CONNECTED_IN_TIME", message: `did not connect within ${options.trialMs / 1000} s` },
      }),
      () => ({ kind: "stopped" }) as const,
    ),
  ]);
  timer.abort();
  return outcome;
}
