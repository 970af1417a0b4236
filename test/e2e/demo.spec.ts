import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { AgentProcess } from "../support/agent-process.ts";
import { freePort } from "../support/free-port.ts";
import { ROOT, TSX_CLI } from "../support/run-process.ts";

/** `npm start` on a fresh machine: no DATABASE_URL, so the embedded database and demo accounts. */
function startDemo(options: { dataDir: string; port: number }): { child: ChildProcess; ready: Promise<string> } {
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
  return { child, ready };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Signs in with the staff account the demo printed. */
async function signInAsStaff(options: { page: Page; port: number; output: string }): Promise<void> {
  const staff = /STAFF\s+(\S+)\s+(\S+)/.exec(options.output);
  expect(staff, options.output).not.toBeNull();
  await options.page.goto(`http://127.0.0.1:${options.port}/signin`);
  await options.page.getByLabel("E-mail").fill(staff?.[1] ?? "");
  await options.page.getByLabel("Hasło").fill(staff?.[2] ?? "");
  await options.page.getByRole("button", { name: "Zaloguj" }).click();
  await expect(options.page.getByRole("button", { name: "Wyloguj" })).toBeVisible();
}

test("the demo starts on an embedded database, prints its accounts once and keeps its data", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-demo-"));
  const port = await freePort();
  try {
    const first = startDemo({ dataDir, port });
    await signInAsStaff({ page, port, output: await first.ready });
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

test("in the demo, staff set up a new client with the demo agent and its sample ERP", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-demo-"));
  const port = await freePort();
  const portal = `http://127.0.0.1:${port}`;
  const demo = startDemo({ dataDir, port });
  let agent: AgentProcess | undefined;
  try {
    await signInAsStaff({ page, port, output: await demo.ready });
    await page.goto(`${portal}/clients`);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Dodaj firmę" }) });
    await form.getByLabel("Nazwa").fill("Salon Demo");
    await form.getByRole("button", { name: "Dodaj firmę" }).click();
    await expect(page.getByRole("heading", { name: "Salon Demo" })).toBeVisible();
    const companyId = /\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";

    await page.goto(`${portal}/clients/${companyId}/setup`);
    await page.getByLabel("Nazwa nowego agenta").fill("Serwer demo");
    await page.getByRole("button", { name: "Utwórz agenta i pokaż kod" }).click();
    const code = (await page.getByTestId("enrollment-code").textContent()) ?? "";
    const command = `npm run demo:agent -- --code ${code} --portal ${portal}`;
    await expect(page.getByTestId("demo-agent-hint")).toHaveText(
      `W wersji demonstracyjnej: ${command} uruchamia agenta z przykładową bazą Subiekta GT.`,
    );

    // What the hint says, in a second terminal; the demo's own data directory, as with `npm start`.
    agent = new AgentProcess({
      entry: "tools/demo-agent/main.ts",
      args: ["--code", code, "--portal", portal],
      env: { DATA_DIR: dataDir },
    });
    await agent.waitFor((log) => log.msg === "demo:agent  ERP sandbox ready (500 products, 5 warehouses)", 60_000);
    await agent.waitFor((log) => log.msg === "connected");
    // No reload: presence is pushed to the page.
    await expect(page.getByTestId("setup-agent-status")).toHaveAttribute("data-status", "online");
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Agent Serwer demo jest połączony/ })).toBeVisible({
      timeout: 30_000,
    });

    // The sample ERP answers reads through the agent too.
    await page.getByRole("button", { name: "Dalej" }).click();
    await expect(page.getByRole("heading", { name: "Zakres", level: 3 })).toBeVisible();
    await page.getByRole("button", { name: "Sprawdź w ERP" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Zakres sprawdzony." })).toBeVisible();
    await page.getByRole("button", { name: "Dalej" }).click();
    await expect(page.getByRole("heading", { name: "Magazyny", level: 3 })).toBeVisible();
    await page.getByRole("button", { name: "Wczytaj listy z ERP" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Wczytano z ERP: magazyny 5" })).toBeVisible({
      timeout: 30_000,
    });

    // Ctrl+C stops the agent gracefully, then its ERP; run again without a code, it reuses both.
    expect(await agent.stop()).toBe(0);
    await agent.waitFor((log) => log.msg === "demo:agent  Stopped");
    expect(agent.logs.map((log) => log.msg)).toContain("agent stopped");
    agent = new AgentProcess({
      entry: "tools/demo-agent/main.ts",
      args: ["--portal", portal],
      env: { DATA_DIR: dataDir },
    });
    await agent.waitFor((log) => log.msg.startsWith("demo:agent  Agent connected"));
    expect(agent.logs.map((log) => log.msg).filter((msg) => msg.startsWith("demo:agent"))).toEqual([
      `demo:agent  ERP data in ${path.join(dataDir, "demo-erp")}`,
      "demo:agent  ERP sandbox ready (500 products, 5 warehouses)",
      "demo:agent  Agent connected: continue in the portal's setup wizard (Ctrl+C stops)",
    ]);
    expect(await agent.stop()).toBe(0);
  } finally {
    await agent?.stop();
    // The portal's shutdown waits for open responses: the page's live updates are one.
    await page.close();
    await stop(demo.child);
    await rm(dataDir, { recursive: true, force: true });
  }
});
