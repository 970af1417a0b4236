import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../support/free-port.ts";
import { signInAsStaff, startDemo, stopDemo } from "./demo-portal.ts";

// The whole path a newcomer takes through the demo: demo-walkthrough.spec.ts.
test("the demo starts on an embedded database, prints its accounts once and keeps its data", async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-demo-"));
  const port = await freePort();
  try {
    const first = startDemo({ dataDir, port });
    await signInAsStaff({ page, portal: first.url, output: await first.ready });
    await expect(page.getByRole("link", { name: "Demo Sklep Sp. z o.o." })).toBeVisible();
    await stopDemo(first.child);

    const second = startDemo({ dataDir, port });
    expect(await second.ready).not.toMatch(/Demo accounts/);
    await page.goto(`http://127.0.0.1:${port}/clients`);
    await expect(page.getByRole("link", { name: "Demo Sklep Sp. z o.o." })).toBeVisible();
    await stopDemo(second.child);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
