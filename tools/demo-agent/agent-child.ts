import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const AGENT_MAIN = path.join(ROOT, "apps/agent/src/main.ts");

export type TAgentChild = { exited: Promise<number>; stop: () => void };

/**
 * The real agent CLI (`npm run agent` without npm in between), its output passed through line
 * by line. It runs in its own process group, so a Ctrl+C reaches it once, from `stop`, and it
 * takes the graceful path. The caller's AGENT_* variables are left out: the demo's config rules.
 */
export function startAgentChild(options: {
  args: string[];
  env?: Record<string, string>;
  onLine?: (line: string) => void;
}): TAgentChild {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith("AGENT_"));
  const child = spawn(process.execPath, ["--max-semi-space-size=8", "--import", "tsx", AGENT_MAIN, ...options.args], {
    cwd: ROOT,
    env: { ...Object.fromEntries(inherited), ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  createInterface({ input: child.stdout }).on("line", (line) => {
    console.log(line);
    options.onLine?.(line);
  });
  createInterface({ input: child.stderr }).on("line", (line) => console.error(line));
  const exited = new Promise<number>((resolve) => child.once("close", (code) => resolve(code ?? 1)));
  let stopped = false;
  // Once: the agent takes a second signal as "do not wait for the graceful path".
  const stop = () => {
    if (stopped || child.exitCode !== null || child.signalCode !== null) return;
    stopped = true;
    child.kill("SIGTERM");
  };
  // Should this process die on an error, the agent must not live on without its ERP.
  process.once("exit", stop);
  return { exited, stop };
}
