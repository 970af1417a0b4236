import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TSessionLogin } from "../../../apps/agent/src/erp/subiekt-gt/sfera/bridge-calls.ts";
import type { TBridgeCommand } from "../../../apps/agent/src/erp/subiekt-gt/sfera/bridge-process.ts";
import type { TFault } from "../../../apps/agent/src/erp/subiekt-gt/sfera/emulated/faults.ts";
import type { TLogger } from "../../../apps/agent/src/log.ts";
import { ROOT } from "../run-process.ts";

export const LOGIN: TSessionLogin = {
  server: "SERWER\\INSERTGT",
  database: "SUBIEKT_FIRMA",
  sqlUser: "sa",
  sqlPassword: "secret",
  operator: "Integracja",
  operatorPassword: "haslo",
};

/** Test timings: quick restarts, a start allowing for tsx's and Mono's start on a busy machine. */
export const TIMINGS = {
  startTimeoutMs: 30_000,
  callTimeoutMs: 15_000,
  healthTimeoutMs: 5_000,
  stopTimeoutMs: 5_000,
  restart: { baseMs: 50, capMs: 200, resetAfterMs: 0 },
};

/**
 * A fault plan file (emulated/faults.ts) in a directory of its own. Its path is unique, so it also
 * tells this test's bridge processes apart from any other test's (see bridgesRunning).
 */
export function faultPlan(plan: Record<string, TFault> = {}): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sfera-faults-")), "plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

/** Node with tsx as a loader, in one process: tsx's own CLI would run the bridge as a child it cannot kill with it. */
const TSX_LOADER = ["--import", "tsx"];

export const standInBridge = (args: string[]): TBridgeCommand => ({
  command: process.execPath,
  args: [...TSX_LOADER, path.join(ROOT, "test/support/sfera/stand-in-bridge.ts"), ...args],
});

export const emulatedBridge = (options: { erpUrl: string; faults: string; coldStartMs?: number }): TBridgeCommand => ({
  command: process.execPath,
  args: [
    ...TSX_LOADER,
    path.join(ROOT, "apps/agent/src/erp/subiekt-gt/sfera/emulated/main.ts"),
    "--erp-url",
    options.erpUrl,
    "--faults",
    options.faults,
    "--cold-start-ms",
    String(options.coldStartMs ?? 0),
  ],
});

/** The C# bridge over its fake Subiekt (tests/StandInProgram.cs), under Mono. */
export const csharpBridge = (options: { coldStartMs: number }): TBridgeCommand => ({
  command: "mono",
  args: [path.join(ROOT, "apps/sfera-bridge/build/SferaBridge.StandIn.exe"), String(options.coldStartMs)],
});

/** Builds the C# bridge and its stand-in (a couple of seconds with mcs). */
export function buildCsharpBridge(): void {
  execFileSync("bash", [path.join(ROOT, "apps/sfera-bridge/build.sh")], { stdio: "inherit" });
}

/** Bridge processes alive whose command line holds this text (a fault plan's unique path). */
export function bridgesRunning(tag: string): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return table
    .split("\n")
    .filter((line) => line.includes(tag) && !line.includes(" ps "))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

/** A logger that keeps what it was told, to assert on. */
export function recordingLogger(): { log: TLogger; entries: { level: string; msg: string; fields: object }[] } {
  const entries: { level: string; msg: string; fields: object }[] = [];
  const at =
    (level: string) =>
    (msg: string, fields: object = {}) =>
      void entries.push({ level, msg, fields });
  return { log: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }, entries };
}
