import { getDb } from "../../platform/database/db.ts";
import { compareVersions } from "./compare-versions.ts";
import type { TBuildInfo } from "./newest-agent-builds.ts";

/** The newest stored build with this file name (e.g. erp-bridge-agent-win-x64.exe), or null. */
export async function newestBuildNamed(file: string): Promise<Omit<TBuildInfo, "platform"> | null> {
  const rows = await getDb().agentBuild.findMany({
    where: { file },
    select: { id: true, version: true, file: true, size: true, sha256: true, commit: true, builtAt: true },
  });
  return rows.reduce<(typeof rows)[number] | null>(
    (newest, row) => (!newest || compareVersions(row.version, newest.version) > 0 ? row : newest),
    null,
  );
}

/** A build's bytes, one stored part at a time, so a download never holds the executable in memory. */
export async function* buildBytes(buildId: string): AsyncGenerator<Uint8Array> {
  for (let seq = 0; ; seq++) {
    const part = await getDb().agentBuildPart.findUnique({
      where: { buildId_seq: { buildId, seq } },
      select: { data: true },
    });
    if (!part) return;
    yield part.data;
  }
}
