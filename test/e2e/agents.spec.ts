import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { AgentProcess } from "../support/agent-process.ts";
import { startPortalProcess } from "../support/portal-process.ts";
import { seeded, signIn } from "./fixtures.ts";

test("staff enroll a real agent and watch it go online and offline, then revoke it", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-agent-"));
  const config = path.join(dir, "agent.json");
  const agents: AgentProcess[] = [];
  try {
    await signIn(page, seeded().staff);
    await page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Agenci" }).click();
    const form = page.locator("form", { has: page.getByRole("button", { name: "Utwórz i pokaż kod" }) });
    await form.getByLabel("Firma").selectOption({ label: seeded().companyA.name });
    await form.getByLabel("Nazwa").fill("Serwer Alfa");
    await form.getByRole("button", { name: "Utwórz i pokaż kod" }).click();
    const code = (await page.getByTestId("enrollment-code").textContent()) ?? "";
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const row = page.getByRole("row", { name: /Serwer Alfa/ });
    await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "notEnrolled");

    const enroll = new AgentProcess({
      args: ["enroll", "--portal", baseURL ?? "", "--code", code, "--config", config],
    });
    expect(await enroll.exited).toBe(0);

    const agent = new AgentProcess({ args: ["run", "--config", config] });
    agents.push(agent);
    await agent.waitFor((log) => log.msg === "connected");
    // No reload: the page follows presence pushed by the server.
    await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "online");
    await expect(row).toContainText(os.hostname());
    await row.getByRole("button", { name: "Test połączenia" }).click();
    await expect(row.getByTestId("ping-result")).toHaveText(/^odpowiedział w \d+ ms$/);

    await agent.stop();
    await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "offline");

    const again = new AgentProcess({ args: ["run", "--config", config] });
    agents.push(again);
    await again.waitFor((log) => log.msg === "connected");
    await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "online");
    page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: "Odwołaj" }).click();
    await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "revoked");
    expect(await again.exited).toBe(2);
  } finally {
    await Promise.all(agents.map((a) => a.stop()));
    await rm(dir, { recursive: true, force: true });
  }
});

test("two portal processes: an agent on one is seen and reached from the other", async ({ page }) => {
  test.setTimeout(120_000);
  const second = await startPortalProcess({ databaseUrl: process.env.E2E_DATABASE_URL ?? "" });
  const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-agent-"));
  const config = path.join(dir, "agent.json");
  let agent: AgentProcess | undefined;
  try {
    await signIn(page, seeded().staff);
    await page.goto("/agents");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Utwórz i pokaż kod" }) });
    await form.getByLabel("Firma").selectOption({ label: seeded().companyB.name });
    await form.getByLabel("Nazwa").fill("Serwer Beta");
    await form.getByRole("button", { name: "Utwórz i pokaż kod" }).click();
    const code = (await page.getByTestId("enrollment-code").textContent()) ?? "";

    // Enrolled and connected through the second process; the browser stays on the first.
    const enroll = new AgentProcess({ args: ["enroll", "--portal", second.url, "--code", code, "--config", config] });
    expect(await enroll.exited).toBe(0);
    agent = new AgentProcess({ args: ["run", "--config", config] });
    await agent.waitFor((log) => log.msg === "connected");
    const row = page.getByRole("row", { name: /Serwer Beta/ });
    await expect(row.locator("[data-status]")).toHaveAttribute("data-status", "online");
    await row.getByRole("button", { name: "Test połączenia" }).click();
    await expect(row.getByTestId("ping-result")).toHaveText(/^odpowiedział w \d+ ms$/);
  } finally {
    await agent?.stop();
    await second.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
