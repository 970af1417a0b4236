import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { Format, NtExecutable, NtExecutableResource, Resource } from "resedit";
import { verifyBuildSignature } from "@erp-bridge/shared";
import { z } from "zod";
import { SEA_FUSE, SEA_RESOURCE } from "../../tools/build-agent/make-executable.ts";
import { loadSigningKey } from "../../tools/build-agent/signing-key.ts";
import { BUILT_DIR, requireBuilt, WINDOWS_EXECUTABLE } from "../support/agent-executable.ts";
import { ROOT } from "../support/run-process.ts";

const RT_RCDATA = 10;
const ZBuilds = z.object({
  builds: z.array(
    z.object({
      file: z.string(),
      version: z.string(),
      platform: z.enum(["win-x64", "linux-x64"]),
      size: z.number(),
      sha256: z.string(),
      signature: z.string(),
    }),
  ),
});

/**
 * Wine cannot start Node 24's node.exe, so the Windows build is checked as a file: a valid x64
 * PE with Node's single-executable blob injected and switched on, WinSW and the update key
 * inside, our version resource, and a signature the agents will accept.
 */
test("the Windows executable is a PE32+ with the agent injected, WinSW inside and its version resource", async () => {
  const bytes = await readFile(await requireBuilt(WINDOWS_EXECUTABLE));
  const executable = NtExecutable.from(bytes, { ignoreCert: true });
  expect(executable.newHeader.fileHeader.machine).toBe(0x8664);
  expect(executable.is32bit()).toBe(false);
  // Node's own Authenticode signature would no longer match the file: it is gone, not left broken.
  expect(executable.newHeader.optionalHeaderDataDirectory.get(Format.ImageDirectoryEntry.Certificate).size).toBe(0);

  const resources = NtExecutableResource.from(executable);
  const blob = resources.entries.find((entry) => entry.type === RT_RCDATA && entry.id === SEA_RESOURCE);
  if (!blob) throw new Error(`no ${SEA_RESOURCE} resource`);
  const blobBytes = Buffer.from(blob.bin);
  expect(bytes.includes(`${SEA_FUSE}:1`)).toBe(true);
  expect(bytes.includes(`${SEA_FUSE}:0`)).toBe(false);
  const winsw = await readFile(path.join(ROOT, "node_modules/node-windows/bin/winsw/winsw.exe"));
  expect(blobBytes.includes(winsw)).toBe(true);
  expect(blobBytes.includes("runCli")).toBe(true);

  const agentPackage = z
    .object({ version: z.string() })
    .parse(JSON.parse(await readFile(path.join(ROOT, "apps/agent/package.json"), "utf8")));
  const [info] = Resource.VersionInfo.fromEntries(resources.entries);
  const [language] = info?.getAllLanguagesForStringValues() ?? [];
  if (!info || !language) throw new Error("no version resource");
  expect(info.getStringValues(language)).toMatchObject({
    ProductName: "ERP Bridge agent",
    FileVersion: agentPackage.version,
    OriginalFilename: "erp-bridge-agent-win-x64.exe",
  });

  // Signed as the portal will offer it, with the key compiled into every agent of this build.
  const key = await loadSigningKey({
    env: process.env,
    devKeyPath: path.join(ROOT, ".data/agent-signing-dev-key.pem"),
  });
  expect(blobBytes.includes(key.publicKey)).toBe(true);
  const { builds } = ZBuilds.parse(JSON.parse(await readFile(path.join(BUILT_DIR, "builds.json"), "utf8")));
  const record = builds.find((build) => build.platform === "win-x64");
  if (!record) throw new Error("no win-x64 build in builds.json");
  expect(record).toMatchObject({ size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
  const { version, platform, size, sha256 } = record;
  const manifest = { version, platform, size, sha256 };
  expect(verifyBuildSignature({ manifest, signature: record.signature, publicKey: key.publicKey })).toBe(true);
});
