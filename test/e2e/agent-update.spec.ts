import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSigningPayload, type TBuildManifest } from "@erp-bridge/shared";
import { expect, test } from "@playwright/test";
import { buildAgent } from "../../tools/build-agent/build-agent.ts";
import { signBuild } from "../../tools/build-agent/sign-build.ts";
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
    // B: the same agent built as another version, signed with the same key as A (CI's or this machine's).
    const built = await buildAgent({
      root: ROOT,
      outDir: path.join(work, "b"),
      platforms: ["linux-x64"],
      version: "0.1.1-update-test",
      env: process.env,
    });
    const [recordB] = built.builds;
    if (!recordB) throw new Error("B was built");
    const b = await offered(path.join(work, "b", recordB.file), recordB);
    // A broken B: signed, but it exits at start.
    const brokenFile = path.join(work, "broken");
    await writeFile(brokenFile, "#!/bin/sh\necho 'broken build: cannot start' >&2\nexit 1\n");
    await chmod(brokenFile, 0o755);
    const key = await loadSigningKey({
      env: process.env,
      devKeyPath: path.join(ROOT, ".data/agent-signing-dev-key.pem"),
    });
    const brokenRecord = await signBuild({
      file: brokenFile,
      platform: "linux-x64",
      version: "0.1.2-broken",
      commit: "test",
      builtAt: new Date().toISOString(),
      privateKey: key.privateKey,
      keyId: key.keyId,
    });
    const broken = await offered(brokenFile, brokenRecord);

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
