import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { ROOT, TSX_CLI } from "../support/run-process.ts";

export type TDemoPortal = { child: ChildProcess; ready: Promise<string>; url: string };

/** `npm start` on a fresh machine: no DATABASE_URL, so the embedded database and demo accounts. */
export function startDemo(options: { dataDir: string; port: number }): TDemoPortal {
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    DATA_DIR: options.dataDir,
    PORT: String(options.port),
    ...(process.env.NEXT_DIST_DIR && { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR }),
  };
  const child = spawn(process.execPath, [TSX_CLI, "server.ts"], { cwd: path.join(ROOT, "apps/portal"), env });
  const ready = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Portal ready at")) resolve(out);
    });
    child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`demo portal exited with ${code}:\n${out}`)));
  });
  return { child, ready, url: `http://127.0.0.1:${options.port}` };
}

export async function stopDemo(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Signs in with the staff account the demo printed. */
export async function signInAsStaff(options: { page: Page; portal: string; output: string }): Promise<void> {
  const staff = /STAFF\s+(\S+)\s+(\S+)/.exec(options.output);
  expect(staff, options.output).not.toBeNull();
  await options.page.goto(`${options.portal}/signin`);
  await options.page.getByLabel("E-mail").fill(staff?.[1] ?? "");
  await options.page.getByLabel("Hasło").fill(staff?.[2] ?? "");
  await options.page.getByRole("button", { name: "Zaloguj" }).click();
  await expect(options.page.getByRole("button", { name: "Wyloguj" })).toBeVisible();
}

/**
 * Every page the browser loads (documents and Next's page data, not server actions or live
 * streams), with how long the server took to answer it in full. The demo's stall made pages
 * take 17–61 s; a test can check the slowest against a bound generous enough for a loaded machine.
 */
export function recordPageLoads(page: Page): { url: string; ms: number }[] {
  const loads: { url: string; ms: number }[] = [];
  page.on("requestfinished", (request) => {
    const headers = request.headers();
    const pageData = request.resourceType() === "fetch" && request.method() === "GET" && headers.rsc === "1";
    if (request.resourceType() !== "document" && !pageData) return;
    const timing = request.timing();
    if (timing.responseEnd > 0) loads.push({ url: request.url(), ms: Math.round(timing.responseEnd) });
  });
  return loads;
}
