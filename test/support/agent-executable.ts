import { spawn, type ChildProcess } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { eventually } from "./eventually.ts";
import { ROOT } from "./run-process.ts";

/** What `npm run build:agent` makes (test:e2e builds it before the specs run). */
export const BUILT_DIR = path.join(ROOT, "dist/agent");
export const LINUX_EXECUTABLE = path.join(BUILT_DIR, "erp-bridge-agent-linux-x64");
export const WINDOWS_EXECUTABLE = path.join(BUILT_DIR, "erp-bridge-agent-win-x64.exe");

export async function requireBuilt(file: string): Promise<string> {
  if (!(await stat(file).catch(() => null))) throw new Error(`${file} is missing: run npm run build:agent`);
  return file;
}

/** Runs an agent executable to completion with a clean environment. */
export function runExecutable(options: {
  executable: string;
  args: string[];
}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(options.executable, options.args, { env: { PATH: process.env.PATH }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

/** The words of a systemd unit's ExecStart (double-quoted words, as systemdUnit writes them). */
export function execStartOf(unit: string): string[] {
  const line = unit.split("\n").find((l) => l.startsWith("ExecStart="));
  if (!line) throw new Error(`no ExecStart in:\n${unit}`);
  return [...line.slice("ExecStart=".length).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) =>
    (match[1] ?? "").replace(/\\(.)/g, "$1").replace(/%%/g, "%").replace(/\$\$/g, "$"),
  );
}

const ZLine = z.looseObject({ msg: z.string() });
type TLine = z.infer<typeof ZLine>;

/**
 * The service as systemd would run it: the unit's ExecStart (the supervisor), whose agent logs
 * into `logsDir/agent.log`; `waitForLog` follows that file.
 */
export class ServiceProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  private output = "";

  constructor(private readonly options: { argv: string[]; logsDir: string }) {
    const [command = "", ...args] = options.argv;
    this.child = spawn(command, args, { env: { PATH: process.env.PATH }, stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
  }

  async lines(): Promise<TLine[]> {
    const text = await readFile(path.join(this.options.logsDir, "agent.log"), "utf8").catch(() => "");
    return text
      .split("\n")
      .filter(Boolean)
      .flatMap((line) => {
        const parsed = ZLine.safeParse(JSON.parse(line));
        return parsed.success ? [parsed.data] : [];
      });
  }

  /** The first log line (from the start of the file) matching, or `after` lines in. */
  waitForLog(match: (line: TLine) => boolean, options: { timeoutMs?: number; after?: number } = {}): Promise<TLine> {
    return eventually(async () => (await this.lines()).slice(options.after ?? 0).find(match), {
      timeoutMs: options.timeoutMs ?? 30_000,
      intervalMs: 200,
      what: `a service log line (supervisor said: ${this.output.slice(-500)})`,
    });
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGTERM");
    return this.exited;
  }
}
