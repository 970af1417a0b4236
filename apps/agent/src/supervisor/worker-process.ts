import { spawn } from "node:child_process";

export type TWorker = {
  /** Resolves when the agent logs "connected" (the portal welcomed it). */
  connected: Promise<void>;
  exited: Promise<number | null>;
  /** Asks for a graceful stop: closing its stdin is the agent's cue (signals cannot reach a child on Windows). */
  stop: () => void;
  kill: () => void;
  /** The last line it wrote to stderr (a crash's message), for the rollback reason. */
  lastError: () => string;
};

/**
 * Starts `agent run --supervised` and passes each line it writes to `onLine`. Its log lines
 * are JSON; anything on stderr (a crash trace) is passed on as it is.
 */
export function startWorker(options: {
  command: string;
  args: string[];
  onLine: (line: string, stream: "stdout" | "stderr") => void;
}): TWorker {
  const child = spawn(options.command, options.args, { stdio: ["pipe", "pipe", "pipe"], windowsHide: true });
  let markConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (markConnected = resolve));
  let lastError = "";
  const exited = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      lastError = error.message;
      resolve(null);
    });
    child.once("exit", (code) => resolve(code));
  });
  const lines = (stream: "stdout" | "stderr") => {
    let buffer = "";
    return (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      for (const line of parts.filter((part) => part.trim())) {
        if (stream === "stderr") lastError = line.trim();
        else if (isConnected(line)) markConnected();
        options.onLine(line, stream);
      }
    };
  };
  child.stdout.on("data", lines("stdout"));
  child.stderr.on("data", lines("stderr"));
  child.stdin.on("error", () => undefined);
  return {
    connected,
    exited,
    stop: () => child.stdin.end(),
    kill: () => void child.kill("SIGKILL"),
    lastError: () => lastError.slice(0, 500),
  };
}

function isConnected(line: string): boolean {
  if (!line.includes('"connected"')) return false;
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === "object" && parsed !== null && "msg" in parsed && parsed.msg === "connected";
  } catch {
    return false;
  }
}
