import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT } from "./run-process.ts";

const ZAgentLog = z.looseObject({ msg: z.string(), level: z.string() });
export type TAgentLog = z.infer<typeof ZAgentLog>;

/**
 * The real agent program as a child process, with its JSON log lines collected so a test
 * can wait for what the agent says ("connected", "command finished", ...).
 */
export class AgentProcess {
  readonly logs: TAgentLog[] = [];
  readonly child: ChildProcess;
  private waiters: { match: (log: TAgentLog) => boolean; resolve: (log: TAgentLog) => void }[] = [];
  readonly exited: Promise<number | null>;
  /** E2E_DEBUG_LOGS: every line also into test-results/agent-PID.log, to read beside the portal's after a failure. */
  private readonly logFile: string | null;

  constructor(options: { args: string[]; env?: NodeJS.ProcessEnv; entry?: string }) {
    // tsx as a loader inside one node process (not the tsx CLI, which forks a child), so a
    // signal such as SIGKILL reaches the agent itself. `entry`: another JSON-logging program.
    const entry = options.entry ?? "apps/agent/src/main.ts";
    this.child = spawn(process.execPath, ["--import", "tsx", entry, ...options.args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.logFile = process.env.E2E_DEBUG_LOGS ? path.join(ROOT, `test-results/agent-${this.child.pid}.log`) : null;
    if (this.logFile) mkdirSync(path.dirname(this.logFile), { recursive: true });
    let buffer = "";
    this.child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) this.accept(line);
    });
    this.child.stderr?.on("data", (chunk: Buffer) => this.accept(chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
  }

  private accept(line: string): void {
    if (!line.trim()) return;
    if (this.logFile) appendFileSync(this.logFile, line + "\n");
    const log = parseLogLine(line);
    this.logs.push(log);
    this.waiters = this.waiters.filter((w) => (w.match(log) ? (w.resolve(log), false) : true));
  }

  /**
   * Resolves with the first log line (already seen or future) that matches. The default wait is long
   * enough for an agent's start (tsx compiling it) while other test files run beside it on two cores,
   * where 20 s ran out before the agent printed its first line.
   */
  waitFor(match: (log: TAgentLog) => boolean, timeoutMs = 60_000): Promise<TAgentLog> {
    const seen = this.logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `agent log not seen in ${timeoutMs} ms; got:\n${this.logs.map((l) => JSON.stringify(l)).join("\n")}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({ match, resolve: (log) => (clearTimeout(timer), resolve(log)) });
    });
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

/** Agent logs are JSON lines; anything else (a crash trace) is kept as a "raw" line. */
function parseLogLine(line: string): TAgentLog {
  try {
    const parsed = ZAgentLog.safeParse(JSON.parse(line));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through
  }
  return { msg: line.trim(), level: "raw" };
}
