import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signBuild } from "../../tools/build-agent/sign-build.ts";
import { loadSigningKey } from "../../tools/build-agent/signing-key.ts";
import { ROOT, runTs } from "../support/run-process.ts";
import { seeded, signIn } from "./fixtures.ts";

const WINDOWS_EXECUTABLE = "erp-bridge-agent-win-x64.exe";

/**
 * The wizard's agent step for a Windows server: a build signed with this machine's key is
 * imported with the operator command, the step shows its download link and the two PowerShell
 * lines with the portal's address and the fresh code, and the link serves the stored bytes.
 * (A small stand-in file: the real Windows executable's bytes add nothing here but time.)
 */
test("the wizard's agent step offers the newest Windows build and the line that installs it", async ({
  page,
  request,
  baseURL,
}) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-download-"));
  try {
    const bytes = randomBytes(700 * 1024);
    const file = path.join(dir, WINDOWS_EXECUTABLE);
    await writeFile(file, bytes);
    const key = await loadSigningKey({
      env: process.env,
      devKeyPath: path.join(ROOT, ".data/agent-signing-dev-key.pem"),
    });
    const record = await signBuild({
      file,
      platform: "win-x64",
      version: "0.0.9-download-test",
      commit: "test",
      builtAt: new Date().toISOString(),
      privateKey: key.privateKey,
      keyId: key.keyId,
    });
    await writeFile(path.join(dir, "builds.json"), JSON.stringify({ builds: [record], companions: [] }));
    const imported = await runTs({
      entry: "apps/portal/src/cli/main.ts",
      args: ["import-agent-builds", "--from", dir],
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, AUTH_SECRET: randomBytes(32).toString("hex") },
    });
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toContain(`stored: ${WINDOWS_EXECUTABLE} 0.0.9-download-test (win-x64)`);

    await signIn(page, seeded().staff);
    await page.goto(`/clients/${seeded().companyB.id}/setup`);
    await page.getByLabel("Nazwa nowego agenta").fill("Serwer Windows");
    await page.getByRole("button", { name: "Utwórz agenta i pokaż kod" }).click();
    const code = (await page.getByTestId("enrollment-code").textContent()) ?? "";
    const link = page.getByTestId("agent-download-link");
    await expect(link).toHaveText("Pobierz agenta dla Windows, wersja 0.0.9-download-test (1 MB)");
    const url = `${baseURL}/downloads/${WINDOWS_EXECUTABLE}`;
    await expect(link).toHaveAttribute("href", url);
    await expect(page.getByTestId("agent-download-lines")).toHaveText(
      `Invoke-WebRequest ${url} -OutFile ${WINDOWS_EXECUTABLE}\n` +
        `.\\${WINDOWS_EXECUTABLE} install --portal ${baseURL} --code ${code}`,
    );

    // Fetched without a session, as PowerShell on the ERP server does.
    const download = await request.get(url, { headers: { cookie: "" } });
    expect(download.status()).toBe(200);
    expect(download.headers()).toMatchObject({ "x-agent-version": "0.0.9-download-test", etag: `"${record.sha256}"` });
    const body = await download.body();
    expect(createHash("sha256").update(body).digest("hex")).toBe(record.sha256);
    expect((await request.get(`${baseURL}/downloads/erp-bridge-agent-mac.exe`)).status()).toBe(404);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
