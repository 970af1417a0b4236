import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TAgentPlatform } from "@erp-bridge/shared";
import { gitCommit } from "./build-info.ts";
import { bundleAgent } from "./bundle-agent.ts";
import { copyCompanions } from "./companions.ts";
import { makeExecutable } from "./make-executable.ts";
import { nodeBinary, pinnedNodeVersion } from "./node-binary.ts";
import { signBuild, type TBuildRecord } from "./sign-build.ts";
import { loadSigningKey } from "./signing-key.ts";
import { setVersionResource } from "./version-resource.ts";

export const EXECUTABLE_NAMES: Record<TAgentPlatform, string> = {
  "win-x64": "erp-bridge-agent-win-x64.exe",
  "linux-x64": "erp-bridge-agent-linux-x64",
};

/** WinSW (from the node-windows package) travels inside the Windows executable; `install` writes it out. */
const WINDOWS_ASSETS = {
  "winsw.exe": "node_modules/node-windows/bin/winsw/winsw.exe",
  "winsw.exe.config": "node_modules/node-windows/bin/winsw/winsw.exe.config",
};

/**
 * V8 flags the executable always starts with. 8 MB semi-spaces (as `npm run agent` starts it)
 * keep the young generation small; --optimize-for-size makes V8 grow the heap more slowly, which
 * measured a 100k-product read at 121 MB peak RSS instead of 168 MB, no slower (npm run bench:agent).
 */
const NODE_FLAGS = ["--max-semi-space-size=8", "--optimize-for-size"];

export type TBuildSummary = {
  outDir: string;
  builds: TBuildRecord[];
  companions: { file: string; sha256: string }[];
  skippedCompanions: string[];
  keySource: string;
  seconds: Record<string, number>;
};

/**
 * Builds signed agent executables into `outDir`: one bundle, then per platform Node's binary
 * with the bundle injected. `version` defaults to apps/agent/package.json's.
 */
export async function buildAgent(options: {
  root: string;
  outDir: string;
  platforms: TAgentPlatform[];
  version?: string;
  env: Record<string, string | undefined>;
}): Promise<TBuildSummary> {
  const { root, outDir } = options;
  const seconds: Record<string, number> = {};
  const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
    const startedAt = performance.now();
    const result = await run();
    seconds[step] = Math.round(performance.now() - startedAt) / 1000;
    return result;
  };
  const workDir = path.join(outDir, ".work");
  await mkdir(workDir, { recursive: true });
  const agentPackage = JSON.parse(await readFile(path.join(root, "apps/agent/package.json"), "utf8")) as {
    version: string;
  };
  const version = options.version ?? agentPackage.version;
  const key = await loadSigningKey({
    env: options.env,
    devKeyPath: path.join(root, ".data/agent-signing-dev-key.pem"),
  });
  const build = {
    version,
    commit: gitCommit({ cwd: root }),
    builtAt: new Date().toISOString(),
    updateKey: key.publicKey,
    updateKeyId: key.keyId,
  };
  const bundle = path.join(workDir, "agent.cjs");
  await timed("bundle", () => bundleAgent({ root, outFile: bundle, build }));
  const nodeVersion = await pinnedNodeVersion({ root });
  const projectNode = await nodeBinary({ root, platform: "linux-x64", version: nodeVersion, cacheDir: "" });
  const builds: TBuildRecord[] = [];
  for (const platform of options.platforms) {
    const outFile = path.join(outDir, EXECUTABLE_NAMES[platform]);
    await timed(platform, async () => {
      const cacheDir = path.join(root, "node_modules/.cache/erp-bridge-agent");
      const binary = await nodeBinary({ root, platform, version: nodeVersion, cacheDir });
      const windows = platform === "win-x64";
      const assets = windows
        ? Object.fromEntries(Object.entries(WINDOWS_ASSETS).map(([name, file]) => [name, path.join(root, file)]))
        : {};
      const fileName = path.basename(outFile);
      await makeExecutable({
        root,
        projectNode,
        nodeBinary: binary,
        bundle,
        assets,
        execArgv: NODE_FLAGS,
        workDir,
        outFile,
        ...(windows && {
          prepare: (file: string) => setVersionResource({ file, version, commit: build.commit, fileName }),
        }),
      });
      builds.push(await signBuild({ file: outFile, platform, ...build, privateKey: key.privateKey, keyId: key.keyId }));
    });
  }
  const { copied, missing } = await copyCompanions({ root, outDir });
  const companions = await Promise.all(
    copied.map(async ({ file }) => ({
      file: path.basename(file),
      sha256: createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    })),
  );
  await writeFile(path.join(outDir, "builds.json"), `${JSON.stringify({ builds, companions }, null, 2)}\n`);
  await rm(workDir, { recursive: true, force: true });
  return { outDir, builds, companions, skippedCompanions: missing, keySource: key.source, seconds };
}
