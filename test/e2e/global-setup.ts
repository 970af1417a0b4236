import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { freePort } from "../support/free-port.ts";
import { ROOT, TSX_CLI } from "../support/run-process.ts";
import { createTestDatabase } from "../support/test-database.ts";

export const FIXTURES_FILE = path.join(ROOT, "test-results/e2e-fixtures.json");

/**
 * A fresh database, the built portal started as in production, and seeded accounts.
 * The returned function stops the portal and drops the database.
 */
export default async function globalSetup() {
  const database = await createTestDatabase("erp_bridge_e2e");
  const port = await freePort();
  // The specs' own database writes (a channel's sealed webhook secret) must use the portal's key:
  // workers start after this and inherit it.
  process.env.SECRETS_KEY = randomBytes(32).toString("hex");
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    SECRETS_KEY: process.env.SECRETS_KEY,
    WEBHOOK_ALLOWED_HOSTS: "127.0.0.1,localhost",
    PORT: String(port),
    HOST: "127.0.0.1",
    // As behind one TLS proxy: the security spec sends X-Forwarded-For as that proxy would.
    TRUSTED_PROXIES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const portal = spawn(process.execPath, [TSX_CLI, "server.ts"], {
    cwd: path.join(ROOT, "apps/portal"),
    env,
    stdio: "pipe",
  });
  const teardown = async () => {
    if (portal.exitCode === null) {
      portal.kill("SIGTERM");
      await new Promise((resolve) => portal.once("exit", resolve));
    }
    await database.drop();
  };
  // Kept for a failure's post-mortem: which process claimed a run, when it finished, what failed.
  await mkdir(path.dirname(FIXTURES_FILE), { recursive: true });
  portal.stdout.pipe(createWriteStream(path.join(ROOT, "test-results/e2e-portal.log")));
  try {
    await waitForLine(portal, /Portal ready at/);
    const fixtures = await run(process.execPath, [TSX_CLI, path.join(ROOT, "test/e2e/seed-e2e.ts")], env);
    await writeFile(FIXTURES_FILE, fixtures);
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
  // Specs that start a second portal process on the same database read it from here.
  process.env.E2E_DATABASE_URL = database.url;
  return teardown;
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!pattern.test(seen)) return;
      child.stdout?.off("data", onData);
      child.stdout?.resume();
      resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.once("exit", (code) => reject(new Error(`portal exited with ${code} before it was ready:\n${seen}`)));
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}
