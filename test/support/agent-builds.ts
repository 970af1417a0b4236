import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TAgentPlatform } from "@erp-bridge/shared";
import { resolveUpdateKey, type TUpdateKey } from "../../apps/portal/src/server/admin/agent-builds/update-key.ts";
import { signBuild, type TBuildRecord } from "../../tools/build-agent/sign-build.ts";

export type TTestKey = { privateKey: KeyObject; updateKey: TUpdateKey };

/** A fresh Ed25519 key pair, its public half as the portal's update key. */
export async function testUpdateKey(): Promise<TTestKey> {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const spki = publicKey.export({ format: "der", type: "spki" }).toString("base64");
  return {
    privateKey,
    updateKey: await resolveUpdateKey({ env: { AGENT_UPDATE_PUBLIC_KEY: spki }, repoRoot: "/nonexistent" }),
  };
}

/**
 * A folder laid out as `npm run build:agent` leaves dist/agent: the files and a builds.json
 * signed as the build tool signs (tools/build-agent/sign-build.ts).
 */
export async function writeBuilds(options: {
  key: TTestKey;
  builds: { version: string; platform: TAgentPlatform; bytes: Buffer; file?: string }[];
}): Promise<{ dir: string; records: TBuildRecord[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "erp-bridge-builds-"));
  const records: TBuildRecord[] = [];
  for (const build of options.builds) {
    const file = path.join(dir, build.file ?? `erp-bridge-agent-${build.platform}-${build.version}`);
    await writeFile(file, build.bytes);
    records.push(
      await signBuild({
        file,
        platform: build.platform,
        version: build.version,
        commit: "abc123def456",
        builtAt: new Date().toISOString(),
        privateKey: options.key.privateKey,
        keyId: options.key.updateKey.keyId,
      }),
    );
  }
  await writeFile(path.join(dir, "builds.json"), JSON.stringify({ builds: records, companions: [] }));
  return { dir, records };
}

/** A version no other test uses (builds are unique per platform and version across the run's database). */
export function uniqueVersion(): string {
  return `1.${Math.floor(Math.random() * 1e6)}.${Math.floor(Math.random() * 1e6)}`;
}
