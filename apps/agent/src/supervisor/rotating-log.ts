import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export const LOG_FILE = "agent.log";

/**
 * The service's log: JSON lines appended to `dir/agent.log`; past `maxBytes` it becomes
 * agent.1.log (agent.1 becomes agent.2 ...) and the oldest beyond `keep` is deleted. Writes are
 * synchronous so the last lines before a crash are on disk; the agent logs a few lines a second.
 */
export class RotatingLog {
  private size: number;
  private readonly file: string;

  constructor(private readonly options: { dir: string; maxBytes: number; keep: number }) {
    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    this.file = path.join(options.dir, LOG_FILE);
    this.size = statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
  }

  write(line: string): void {
    const text = line.endsWith("\n") ? line : `${line}\n`;
    const bytes = Buffer.byteLength(text);
    if (this.size > 0 && this.size + bytes > this.options.maxBytes) this.rotate();
    appendFileSync(this.file, text, { mode: 0o600 });
    this.size += bytes;
  }

  private rotate(): void {
    const numbered = (n: number) => path.join(this.options.dir, `agent.${n}.log`);
    rmSync(numbered(this.options.keep), { force: true });
    for (let n = this.options.keep - 1; n >= 1; n--) {
      if (statSync(numbered(n), { throwIfNoEntry: false })) renameSync(numbered(n), numbered(n + 1));
    }
    renameSync(this.file, numbered(1));
    this.size = 0;
  }
}

/** The log files, newest first: agent.log, agent.1.log, agent.2.log ... */
export function logFiles(options: { dir: string; keep: number }): string[] {
  const rotated = Array.from({ length: options.keep }, (_, i) => path.join(options.dir, `agent.${i + 1}.log`));
  return [path.join(options.dir, LOG_FILE), ...rotated];
}
