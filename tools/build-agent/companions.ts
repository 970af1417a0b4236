import { copyFile, stat } from "node:fs/promises";
import path from "node:path";
import type { TAgentPlatform } from "@erp-bridge/shared";

/**
 * Programs shipped beside the agent executable in dist/agent, each built by its own task and
 * copied when present (listed with its SHA-256 in builds.json). The Sfera bridge (Subiekt's COM
 * API, for clients who write through Sfera) is built by `npm run sfera-bridge:build` (needs
 * Mono's compiler); without it the build says it skipped it. To ship another program, add its line. They are not agent builds: nothing signs them as one, so
 * no agent can be "updated" to a companion.
 */
export const COMPANIONS: { name: string; source: string; platform: TAgentPlatform }[] = [
  { name: "SferaBridge.exe", source: "apps/sfera-bridge/build/SferaBridge.exe", platform: "win-x64" },
  { name: "SferaBridge.exe.config", source: "apps/sfera-bridge/build/SferaBridge.exe.config", platform: "win-x64" },
];

/** Copies the companions that exist into `outDir`; returns what was copied and what was not there. */
export async function copyCompanions(options: { root: string; outDir: string }) {
  const copied: { file: string; platform: TAgentPlatform }[] = [];
  const missing: string[] = [];
  for (const companion of COMPANIONS) {
    const source = path.join(options.root, companion.source);
    if (!(await stat(source).catch(() => null))) {
      missing.push(companion.source);
      continue;
    }
    const file = path.join(options.outDir, companion.name);
    await copyFile(source, file);
    copied.push({ file, platform: companion.platform });
  }
  return { copied, missing };
}
