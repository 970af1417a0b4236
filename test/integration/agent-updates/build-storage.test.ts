import { generateKeyPairSync, randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importAgentBuilds } from "../../../apps/portal/src/server/admin/agent-builds/import-agent-builds.ts";
import { resolveUpdateKey } from "../../../apps/portal/src/server/admin/agent-builds/update-key.ts";
import { AppError } from "../../../apps/portal/src/server/platform/errors/app-error.ts";
import { disconnectDb, getDb } from "../../../apps/portal/src/server/platform/database/db.ts";
import { testUpdateKey, uniqueVersion, writeBuilds } from "../../support/agent-builds.ts";
import { runTs } from "../../support/run-process.ts";

const PART = 512 * 1024;
const dirs: string[] = [];
const stored = (version: string) =>
  getDb().agentBuild.findMany({ where: { version }, include: { parts: { orderBy: { seq: "asc" } } } });

/** The AppError an import fails with, for its field errors. */
async function refusal(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("agent build storage", () => {
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    await disconnectDb();
  });

  it("stores a signed build in 512 KiB parts that put back together give its bytes; a second import skips it", async () => {
    const key = await testUpdateKey();
    const version = uniqueVersion();
    const bytes = randomBytes(2 * PART + 1234);
    const { dir, records } = await writeBuilds({ key, builds: [{ version, platform: "win-x64", bytes }] });
    dirs.push(dir);
    expect(await importAgentBuilds({ dir, key: key.updateKey })).toEqual([
      { platform: "win-x64", version, file: records[0]?.file, outcome: "stored" },
    ]);
    const [build] = await stored(version);
    expect(build).toMatchObject({
      platform: "win-x64",
      size: bytes.length,
      sha256: records[0]?.sha256,
      signature: records[0]?.signature,
      keyId: key.updateKey.keyId,
      commit: "abc123def456",
    });
    expect(build?.parts.map((p) => [p.seq, p.data.length])).toEqual([
      [0, PART],
      [1, PART],
      [2, 1234],
    ]);
    expect(Buffer.concat(build?.parts.map((p) => Buffer.from(p.data)) ?? []).equals(bytes)).toBe(true);

    expect((await importAgentBuilds({ dir, key: key.updateKey }))[0]?.outcome).toBe("already stored");
    expect(await stored(version)).toHaveLength(1);
  });

  it("refuses every build of a list when one is signed with another key, naming it; nothing is stored", async () => {
    const trusted = await testUpdateKey();
    const foreign = await testUpdateKey();
    const [good, bad] = [uniqueVersion(), uniqueVersion()];
    const first = await writeBuilds({
      key: trusted,
      builds: [{ version: good, platform: "linux-x64", bytes: randomBytes(4000) }],
    });
    const second = await writeBuilds({
      key: foreign,
      builds: [{ version: bad, platform: "win-x64", bytes: randomBytes(4000) }],
    });
    dirs.push(first.dir, second.dir);
    // One list: the trusted build first, the foreign one second.
    const records = [...first.records, ...second.records];
    await writeFile(path.join(first.dir, "builds.json"), JSON.stringify({ builds: records }));
    await writeFile(path.join(first.dir, records[1]?.file ?? ""), randomBytes(4000));

    const error = await refusal(importAgentBuilds({ dir: first.dir, key: trusted.updateKey }));
    expect(error.message).toMatch(/^builds\.1\.signature: /);
    expect(error.message).toContain(`does not verify with the portal's update key ${trusted.updateKey.keyId}`);
    expect([...(await stored(good)), ...(await stored(bad))]).toEqual([]);
  });

  it("refuses a file whose bytes are not the ones signed, and keeps none of it", async () => {
    const key = await testUpdateKey();
    const version = uniqueVersion();
    const bytes = randomBytes(PART + 10);
    const { dir, records } = await writeBuilds({ key, builds: [{ version, platform: "linux-x64", bytes }] });
    dirs.push(dir);
    const altered = Buffer.from(bytes);
    altered[PART + 5] = (altered[PART + 5] ?? 0) ^ 0xff;
    await writeFile(path.join(dir, records[0]?.file ?? ""), altered);

    const error = await refusal(importAgentBuilds({ dir, key: key.updateKey }));
    expect(error.message).toBe(
      `${records[0]?.file}: the file does not have the signed size and SHA-256: altered or damaged`,
    );
    expect(await stored(version)).toEqual([]);
    expect(await getDb().agentBuildPart.count({ where: { build: { version } } })).toBe(0);
  });

  it("refuses other bytes under a version already stored", async () => {
    const key = await testUpdateKey();
    const version = uniqueVersion();
    const first = await writeBuilds({ key, builds: [{ version, platform: "linux-x64", bytes: randomBytes(100) }] });
    const second = await writeBuilds({ key, builds: [{ version, platform: "linux-x64", bytes: randomBytes(100) }] });
    dirs.push(first.dir, second.dir);
    await importAgentBuilds({ dir: first.dir, key: key.updateKey });
    const error = await refusal(importAgentBuilds({ dir: second.dir, key: key.updateKey }));
    expect(error.code).toBe("CONFLICT");
    expect((await stored(version))[0]?.sha256).toBe(first.records[0]?.sha256);
  });

  it("names a malformed builds.json field and a bad update key variable", async () => {
    const key = await testUpdateKey();
    const { dir } = await writeBuilds({
      key,
      builds: [{ version: uniqueVersion(), platform: "linux-x64", bytes: randomBytes(10) }],
    });
    dirs.push(dir);
    await writeFile(path.join(dir, "builds.json"), JSON.stringify({ builds: [{ file: "x", version: "latest" }] }));
    const error = await refusal(importAgentBuilds({ dir, key: key.updateKey }));
    expect(Object.keys(error.fieldErrors ?? {})).toContain("builds.0.version");

    const bad = await refusal(
      resolveUpdateKey({ env: { AGENT_UPDATE_PUBLIC_KEY: "x".repeat(44) }, repoRoot: "/nonexistent" }),
    );
    expect(bad.message).toMatch(/^AGENT_UPDATE_PUBLIC_KEY: not an Ed25519 public key/);
    const missing = await refusal(resolveUpdateKey({ env: {}, repoRoot: "/nonexistent" }));
    expect(missing.message).toMatch(/^AGENT_UPDATE_PUBLIC_KEY: not set/);
  });

  it("defaults to the public half of the key the agent build signs with", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const key = await resolveUpdateKey({ env: { AGENT_SIGNING_KEY: pem }, repoRoot: "/nonexistent" });
    expect(key).toMatchObject({
      source: "AGENT_SIGNING_KEY",
      publicKey: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    });
  });

  it("the operator command stores what verifies with AGENT_UPDATE_PUBLIC_KEY and refuses the rest, naming why", async () => {
    const key = await testUpdateKey();
    const other = await testUpdateKey();
    const version = uniqueVersion();
    const { dir, records } = await writeBuilds({
      key,
      builds: [{ version, platform: "win-x64", bytes: randomBytes(2000) }],
    });
    dirs.push(dir);
    const run = (publicKey: string) =>
      runTs({
        entry: "apps/portal/src/cli/main.ts",
        args: ["import-agent-builds", "--from", dir],
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: process.env.DATABASE_URL,
          AUTH_SECRET: "x".repeat(32),
          AGENT_UPDATE_PUBLIC_KEY: publicKey,
        },
      });
    const refused = await run(other.updateKey.publicKey);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^builds\.0\.signature: .* does not verify with the portal's update key/);
    expect(await stored(version)).toEqual([]);

    const accepted = await run(key.updateKey.publicKey);
    expect(accepted.stderr).toBe("");
    expect(accepted.stdout).toBe(
      `update key ${key.updateKey.keyId} (AGENT_UPDATE_PUBLIC_KEY)\nstored: ${records[0]?.file} ${version} (win-x64)\n`,
    );
    expect(await stored(version)).toHaveLength(1);
  });
});
