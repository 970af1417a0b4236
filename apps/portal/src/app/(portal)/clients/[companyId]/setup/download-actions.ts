"use server";

import { newestBuildNamed } from "@/server/admin/agent-builds/build-download.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";

/** The newest Windows build's version and size for the wizard's download link; null when none is stored. */
export async function windowsBuildAction(): Promise<{ version: string; size: number } | null> {
  if (!(await getActor())) return null;
  const build = await newestBuildNamed("erp-bridge-agent-win-x64.exe");
  return build && { version: build.version, size: build.size };
}
