import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSigningPayload, type TBuildManifest } from "@erp-bridge/shared";
import { expect, test } from "@playwright/test";
import { buildAgent } from "../../tools/build-agent/build-agent.ts";
import { signBuild, type TBuildRecord } from "../../tools/build-agent/sign-build.ts";
import { loadSigningKey } from "../../tools/build-agent/signing-key.ts";
import {
  execStartOf,
  LINUX_EXECUTABLE,
  requireBuilt,
  runExecutable,
  ServiceProcess,
} from "../support/agent-executable.ts";
import { ROOT } from "../support/run-process.ts";
import { UpdatePortal, type TOfferedBuild } from "../support/update-portal.ts";
import { seeded, signIn } from "./fixtures.ts";

const PAGE_BYTES = 512 * 1024;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A build as the portal will store it: the file's bytes with its signed manifest. */
async function offered(file: string, record: { signature: string } & TBuildManifest): Promise<TOfferedBuild> {
  const { version, platform, size, sha256: digest } = record;
  return {
    manifest: { version, platform, size, sha256: digest },
    signature: record.signature,
    bytes: await readFile(file),
  };
}

/** Where B and the broken B are built once for both tests (B takes a bundle and an injection). */
const BUILDS_DIR = path.join(os.tmpdir(), `erp-bridge-update-builds-${process.pid}`);

type TBuilds = { b: TOfferedBuild; broken: TOfferedBuild; bDir: string; brokenDir: string };
let built: Promise<TBuilds> | undefined;

/**
 * B: the same agent built as another version, signed with the same key as A (CI's or this
 * machine's); a broken B: a signed script that exits at start. Each in a folder with its
 * builds.json, as `npm run build:agent` leaves dist/agent.
 */
function builds(): Promise<TBuilds> {
  built ??= (async () => {
    const bDir = path.join(BUILDS_DIR, "b");
    const summary = await buildAgent({
      root: ROOT,
      outDir: bDir,
      platforms: ["linux-x64"],
      version: "0.1.1-update-test",
      env: process.env,
    });
    const [recordB] = summary.builds;
    if (!recordB) throw new Error("B was built");
    const brokenDir = path.join(BUILDS_DIR, "broken");
    await mkdir(brokenDir, { recursive: true });
    const brokenFile = path.join(brokenDir, "broken");
    await writeFile(brokenFile, "#!/bin/sh\necho 'broken build: cannot start' >&2\nexit 1\n");
    await chmod(brokenFile, 0o755);
    const key = await loadSigningKey({
      env: process.env,
      devKeyPath: path.join(ROOT, ".data/agent-signing-dev-key.pem"),
    });
    const brokenRecord: TBuildRecord = await signBuild({
      file: brokenFile,
      platform: "linux-x64",
      version: "0.1.2-broken",
      commit: "test",
      builtAt: new Date().toISOString(),
      privateKey: key.privateKey,
      keyId: key.keyId,
    });
    await writeFile(path.join(brokenDir, "builds.json"), JSON.stringify({ builds: [brokenRecord], companions: [] }));
    return {
      b: await offered(path.join(bDir, recordB.file), recordB),
      broken: await offered(brokenFile, brokenRecord),
      bDir,
      brokenDir,
    };
  })();
  return built;
}

test.afterAll(async () => {
  await rm(BUILDS_DIR, { recursive: true, force: true });
});

/**
 * The agent's side of updates, run by the built Linux executable as an installed (test-mode)
 * service, against a portal that speaks the update protocol: an altered build and a foreign
 * signature are refused with the agent untouched; a build that exits at start is rolled back;
 * a good one replaces the executable and connects as the new version.
 */
test("the installed executable refuses altered builds, rolls back a broken one and updates to a good one", async () => {
  test.setTimeout(300_000);
  const executable = await requireBuilt(LINUX_EXECUTABLE);
  const work = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-update-"));
  const portal = await UpdatePortal.start({ pageBytes: PAGE_BYTES, heartbeatMs: 1000 });
  let service: ServiceProcess | undefined;
  try {
    const { b, broken } = await builds();
    const root = path.join(work, "install");
    const install = await runExecutable({
      executable,
      args: [
        "install",
        "--portal",
        portal.url,
        "--code",
        "TEST-CODE",
        "--erp-url",
        "postgres://127.0.0.1:1/none",
        "--root",
        root,
      ],
    });
    expect(install.code).toBe(0);
    const installed = path.join(root, "program/erp-bridge-agent");
    const versionA = (await runExecutable({ executable: installed, args: ["--version"] })).stdout;
    const argv = execStartOf(await readFile(path.join(root, "systemd/erp-bridge-agent.service"), "utf8"));
    service = new ServiceProcess({ argv, logsDir: path.join(root, "data/logs") });
    await portal.waitFor("hello", (hello) => hello.agentVersion === "0.1.0");
    const bytesA = await readFile(installed);

    // Altered on the way: the signature is B's, one byte of the file is not.
    const altered = Buffer.from(b.bytes);
    altered[1000] = (altered[1000] ?? 0) ^ 0xff;
    const alteredId = portal.offer({ ...b, bytes: altered, pageBytes: PAGE_BYTES });
    const refused = await portal.waitFor("update.status", (s) => s.updateId === alteredId && s.state === "refused");
    expect(refused.payload.error).toMatchObject({ code: "DIGEST_MISMATCH" });
    expect(sha256(await readFile(installed))).toBe(sha256(bytesA));

    // Signed with a key the agent does not trust: refused before a byte is pulled.
    const foreignKey = generateKeyPairSync("ed25519").privateKey;
    const foreign = sign(null, buildSigningPayload(b.manifest), foreignKey).toString("base64");
    const foreignId = portal.offer({ ...b, signature: foreign, pageBytes: PAGE_BYTES });
    const unsigned = await portal.waitFor("update.status", (s) => s.updateId === foreignId);
    expect(unsigned.payload).toMatchObject({ state: "refused", error: { code: "BAD_SIGNATURE" } });
    expect(portal.received.some((m) => m.type === "update.pull" && m.payload.updateId === foreignId)).toBe(false);

    // A broken build is swapped in, exits before connecting, and A is put back and reports why.
    const helloCount = portal.received.filter((m) => m.type === "hello").length;
    const brokenId = portal.offer({ ...broken, pageBytes: PAGE_BYTES });
    await portal.waitFor("update.status", (s) => s.updateId === brokenId && s.state === "installing");
    const rolledBack = await portal.waitFor(
      "update.status",
      (s) => s.updateId === brokenId && s.state === "rolled_back",
    );
    expect(rolledBack.payload.error).toMatchObject({
      code: "EXITED_BEFORE_CONNECTING",
      message: "exited with code 1 before connecting: broken build: cannot start",
    });
    const rehello = portal.received.filter((m) => m.type === "hello").slice(helloCount);
    expect(rehello.map((m) => m.payload.agentVersion)).toEqual(["0.1.0"]);
    expect(sha256(await readFile(installed))).toBe(sha256(bytesA));
    await service.waitForLog((line) => line.msg === "update rolled back");

    // B: downloaded through the tunnel, verified, swapped in, connected as the new version.
    const updateId = portal.offer({ ...b, pageBytes: PAGE_BYTES });
    await portal.waitFor("hello", (hello) => hello.agentVersion === "0.1.1-update-test");
    await portal.waitFor("update.status", (s) => s.updateId === updateId && s.state === "installed");
    expect(sha256(await readFile(installed))).toBe(b.manifest.sha256);
    const versionB = (await runExecutable({ executable: installed, args: ["--version"] })).stdout;
    expect(versionA).toMatch(/^erp-bridge-agent 0\.1\.0 /);
    expect(versionB).toMatch(/^erp-bridge-agent 0\.1\.1-update-test /);
    await service.waitForLog((line) => line.msg === "update installed");

    expect(await service.stop()).toBe(0);
  } finally {
    await service?.stop();
    await portal.close();
    await rm(work, { recursive: true, force: true });
  }
});

/** The portal's domain on the e2e database (loaded once global setup made it). */
async function loadDomain() {
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  const [factories, agents, imports, key, db] = await Promise.all([
    import("../support/factories.ts"),
    import("../../apps/portal/src/server/admin/agents/create-agent.ts"),
    import("../../apps/portal/src/server/admin/agent-builds/import-agent-builds.ts"),
    import("../../apps/portal/src/server/admin/agent-builds/update-key.ts"),
    import("../../apps/portal/src/server/platform/database/db.ts"),
  ]);
  return { ...factories, ...agents, ...imports, ...key, ...db };
}

/**
 * The portal's side, end to end: builds stored in the real portal (verified with its key, the
 * public half of the one the executables are signed with here), staff press update on the
 * agents page, the installed executable downloads B through the real tunnel and comes back as
 * B; then a broken build is swapped in, rolled back, and the page says so in words.
 */
test("staff update the installed executable from the agents page; a broken build shows as rolled back", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const executable = await requireBuilt(LINUX_EXECUTABLE);
  const domain = await loadDomain();
  const work = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-portal-update-"));
  let service: ServiceProcess | undefined;
  try {
    const { bDir, brokenDir, b } = await builds();
    const company = await domain.makeCompany({ name: `Klient aktualizacji ${randomBytes(3).toString("hex")}` });
    const { agent, enrollmentCode } = await domain.createAgent({
      actor: domain.STAFF_ACTOR,
      companyId: company.id,
      name: "Serwer ERP do aktualizacji",
    });
    const root = path.join(work, "install");
    const install = await runExecutable({
      executable,
      args: [
        "install",
        "--portal",
        baseURL ?? "",
        "--code",
        enrollmentCode,
        "--erp-url",
        "postgres://127.0.0.1:1/none",
        "--root",
        root,
      ],
    });
    expect(install.code).toBe(0);
    const installed = path.join(root, "program/erp-bridge-agent");
    const argv = execStartOf(await readFile(path.join(root, "systemd/erp-bridge-agent.service"), "utf8"));
    service = new ServiceProcess({ argv, logsDir: path.join(root, "data/logs") });
    await service.waitForLog((line) => line.msg === "connected");

    const key = await domain.resolveUpdateKey({ env: process.env, repoRoot: ROOT });
    expect(await domain.importAgentBuilds({ dir: bDir, key })).toEqual([
      expect.objectContaining({ version: "0.1.1-update-test", outcome: "stored" }),
    ]);

    await signIn(page, seeded().staff);
    await page.goto("/agents");
    const row = page.getByTestId(`agent-${agent.id}`);
    await expect(row.getByRole("cell", { name: "0.1.0", exact: true })).toBeVisible();
    await row.getByRole("button", { name: "Aktualizuj do 0.1.1-update-test" }).click();
    const state = row.getByTestId("update-state");
    await expect(state).toHaveText("zaktualizowany do 0.1.1-update-test", { timeout: 180_000 });
    await expect(row.getByRole("cell", { name: "0.1.1-update-test", exact: true })).toBeVisible();
    expect(sha256(await readFile(installed))).toBe(b.manifest.sha256);

    expect((await domain.importAgentBuilds({ dir: brokenDir, key }))[0]?.outcome).toBe("stored");
    await page.reload();
    await row.getByRole("button", { name: "Aktualizuj do 0.1.2-broken" }).click();
    await expect(state).toHaveText("aktualizacja wycofana: nowa wersja zakończyła działanie, zanim się połączyła", {
      timeout: 120_000,
    });
    await expect(state).toHaveAttribute("title", "exited with code 1 before connecting: broken build: cannot start");
    await expect(row.getByRole("cell", { name: "0.1.1-update-test", exact: true })).toBeVisible();
    expect(sha256(await readFile(installed))).toBe(b.manifest.sha256);

    expect(await service.stop()).toBe(0);
  } finally {
    await service?.stop();
    await domain.disconnectDb();
    await rm(work, { recursive: true, force: true });
  }
});
