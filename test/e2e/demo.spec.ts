import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/free-port.ts";
import { ROOT, TSX_CLI } from "../support/run-process.ts";

/** `npm start` on a fresh machine: no DATABASE_URL, so the embedded database and demo accounts. */
function startDemo(options: { dataDir: string; port: number }): { child: ChildProcess; ready: Promise<string> } {
  const env = { PATH: process.env.PATH, NODE_ENV: "production", DATA_DIR: options.dataDir, PORT: String(options.port) };
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
  return { child, ready };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

test("the demo starts on an embedded database, prints its accounts once and keeps its data", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-demo-"));
  const port = await freePort();
  try {
    const first = startDemo({ dataDir, port });
    const output = await first.ready;
    const staff = /STAFF\s+(\S+)\s+(\S+)/.exec(output);
    expect(staff, output).not.toBeNull();
    const [email, password] = [staff?.[1] ?? "", staff?.[2] ?? ""];

    await page.goto(`http://127.0.0.1:${port}/signin`);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Hasło").fill(password);
    await page.getByRole("button", { name: "Zaloguj" }).click();
    await expect(page.getByRole("link", { name: "Demo Sklep Sp. z o.o." })).toBeVisible();
    await stop(first.child);

    const second = startDemo({ dataDir, port });
    expect(await second.ready).not.toMatch(/Demo accounts/);
    await page.goto(`http://127.0.0.1:${port}/clients`);
    await expect(page.getByRole("link", { name: "Demo Sklep Sp. z o.o." })).toBeVisible();
    await stop(second.child);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
