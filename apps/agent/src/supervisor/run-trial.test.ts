import { describe, expect, it } from "vitest";
import { runTrial } from "./run-trial.ts";
import type { TWorker } from "./worker-process.ts";

function worker(options: { connected?: boolean; exitCode?: number }): TWorker {
  const never = new Promise<never>(() => undefined);
  return {
    connected: options.connected ? Promise.resolve() : never,
    exited: options.exitCode === undefined ? never : Promise.resolve(options.exitCode),
    stop: () => undefined,
    kill: () => undefined,
    lastError: () => "Error: boom",
  };
}
const notStopped = new Promise<void>(() => undefined);

describe("runTrial", () => {
  it("passes a version that connects", async () => {
    expect(await runTrial({ worker: worker({ connected: true }), trialMs: 1000, stopped: notStopped })).toEqual({
      kind: "connected",
    });
  });

  it("fails a version that exits first, with its last error line", async () => {
    const result = await runTrial({ worker: worker({ exitCode: 1 }), trialMs: 1000, stopped: notStopped });
    expect(result).toEqual({
      kind: "failed",
      error: { code: "EXITED_BEFORE_CONNECTING", message: "exited with code 1 before connecting: Error: boom" },
    });
  });

  it("fails a version that neither connects nor exits within the trial", async () => {
    const result = await runTrial({ worker: worker({}), trialMs: 20, stopped: notStopped });
    expect(result).toMatchObject({ kind: "failed", error: { code: "NOT_CONNECTED_IN_TIME" } });
  });

  it("leaves the trial undecided when the service stops", async () => {
    expect(await runTrial({ worker: worker({}), trialMs: 1000, stopped: Promise.resolve() })).toEqual({
      kind: "stopped",
    });
  });
});
