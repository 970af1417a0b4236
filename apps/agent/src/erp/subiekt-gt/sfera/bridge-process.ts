import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";

/** How to start the bridge: SferaBridge.exe on Windows; tests start stand-ins the same way. */
export type TBridgeCommand = { command: string; args: string[] };

export type TBridgeExit = { code: number | null; signal: string | null; error?: string };

/**
 * One running bridge: lines in over stdin, lines out of stdout, stderr as its log. Knows nothing of
 * the protocol; the supervisor owns that and decides when to kill.
 */
export class BridgeProcess {
  readonly #child: ChildProcessWithoutNullStreams;
  #exited = false;
  readonly exited: Promise<TBridgeExit>;

  constructor(options: {
    bridge: TBridgeCommand;
    onLine: (line: string) => void;
    onLog: (line: string) => void;
    onExit: (exit: TBridgeExit) => void;
  }) {
    this.#child = spawn(options.bridge.command, options.bridge.args, { stdio: ["pipe", "pipe", "pipe"] });
    createInterface({ input: this.#child.stdout }).on("line", options.onLine);
    createInterface({ input: this.#child.stderr }).on("line", options.onLog);
    // A bridge that died leaves writes to its stdin failing with EPIPE; its exit is what matters.
    this.#child.stdin.on("error", () => {});
    this.exited = new Promise((resolve) => {
      const finish = (exit: TBridgeExit) => {
        if (this.#exited) return;
        this.#exited = true;
        options.onExit(exit);
        resolve(exit);
      };
      this.#child.once("error", (error) => finish({ code: null, signal: null, error: error.message }));
      this.#child.once("close", (code, signal) => finish({ code, signal }));
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  send(line: string): void {
    if (!this.#exited && this.#child.stdin.writable) this.#child.stdin.write(`${line}\n`);
  }

  /** Closes stdin: the bridge finishes its queue, ends the Sfera session and exits. */
  endInput(): void {
    this.#child.stdin.end();
  }

  /**
   * Kills the bridge, and Subiekt's own process when it runs apart from the bridge: a modal dialog
   * there is what hangs a Sfera call, and a Subiekt left behind keeps holding a licence seat.
   */
  kill(options: { subiektProcessId: number | null }): void {
    this.#child.kill("SIGKILL");
    const other = options.subiektProcessId;
    if (other !== null && other > 0 && other !== this.#child.pid && other !== process.pid) {
      try {
        process.kill(other, "SIGKILL");
      } catch {
        // Already gone with the bridge.
      }
    }
  }
}
