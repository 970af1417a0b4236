import { agentPlatformOf, ZAgentPlatform, type TAgentPlatform } from "@erp-bridge/shared";
import { getDb, type TTx } from "../../platform/database/db.ts";
import { compareVersions } from "./compare-versions.ts";

export type TBuildInfo = {
  id: string;
  version: string;
  platform: TAgentPlatform;
  file: string;
  size: number;
  sha256: string;
  commit: string;
  builtAt: Date;
};

const BUILD_INFO = {
  id: true,
  version: true,
  platform: true,
  file: true,
  size: true,
  sha256: true,
  commit: true,
  builtAt: true,
} as const;

/** The newest stored build per platform, by version (never the bytes). */
export async function newestAgentBuilds(options: { tx?: TTx } = {}): Promise<Map<TAgentPlatform, TBuildInfo>> {
  const rows = await (options.tx ?? getDb()).agentBuild.findMany({ select: BUILD_INFO });
  const newest = new Map<TAgentPlatform, TBuildInfo>();
  for (const row of rows) {
    const platform = ZAgentPlatform.safeParse(row.platform);
    if (!platform.success) continue;
    const current = newest.get(platform.data);
    if (!current || compareVersions(row.version, current.version) > 0) {
      newest.set(platform.data, { ...row, platform: platform.data });
    }
  }
  return newest;
}

/** The platform an agent reported in its hello ("win32-x64", "linux-x64") in build terms; null if none is built. */
export function buildPlatformOf(reported: string | null): TAgentPlatform | null {
  const match = reported ? /^(\w+)-(\w+)$/.exec(reported) : null;
  return match ? agentPlatformOf({ platform: match[1] ?? "", arch: match[2] ?? "" }) : null;
}
