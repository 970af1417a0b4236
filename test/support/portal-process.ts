import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./free-port.ts";
import { ROOT } from "./run-process.ts";

/**
 * The node flags apps/portal's `start` script gives the portal, read from that script so the
 * tests and benches run the process production runs (the flags' reasons: README, "Portal memory
 * under load").
 */
export const PORTAL_NODE_FLAGS = startScriptNodeFlags();

function startScriptNodeFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "apps/portal/package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const start = manifest.scripts.start ?? "";
  const flags = /\bnode((?: --[\w-]+(?:=\S+)?)*) --import tsx server\.ts$/.exec(start)?.[1];
  if (flags === undefined) {
    throw new Error(`apps/portal's start script is not "node [--flags] --import tsx server.ts": ${start}`);
  }
  return flags.split(" ").filter(Boolean);
}

/**
 * The built portal as production runs it, in one node process (tsx as a loader, not the
 * forking CLI) so its pid is the one whose memory we read.
 */
export async function startPortalProcess(options: { databaseUrl: string; nodeFlags?: string[] }) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...PORTAL_NODE_FLAGS, ...(options.nodeFlags ?? []), "--import", "tsx", "server.ts"],
    {
      cwd: path.join(ROOT, "apps/portal"),
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: randomBytes(32).toString("hex"),
        // Processes on one database share the key that seals its secrets.
        SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString("hex"),
        WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
        PORT: String(port),
        ...(process.env.NEXT_DIST_DIR && { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR }),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  // E2E_DEBUG_LOGS: its log kept (a second process on the e2e database claims sync runs too).
  if (process.env.E2E_DEBUG_LOGS) {
    mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
    child.stdout.pipe(createWriteStream(path.join(ROOT, `test-results/portal-${port}.log`)));
  }
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes("Portal ready at")) return;
      // Past start-up nothing here reads the portal's log (a line per agent and command).
      child.stdout.off("data", onData);
      child.stdout.resume();
      resolve();
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`portal exited with ${code}:\n${seen}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    port,
    /** Resolves with the exit code once the process has ended. */
    exited,
    /** Asks the portal to stop (SIGTERM) without waiting for it. */
    terminate() {
      child.kill("SIGTERM");
    },
    pid: child.pid ?? 0,
    url,
    hubUrl: `ws://127.0.0.1:${port}/agent/v1`,
    async stop() {
      // Ended already: by itself (exitCode) or killed (signalCode; exitCode stays null then).
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
