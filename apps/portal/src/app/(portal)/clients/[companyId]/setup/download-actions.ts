"use server";

import { newestBuildNamed } from "@/server/admin/agent-builds/build-download.ts";
import { requireStaff } from "@/server/platform/auth/company-scope.ts";
import { getActor } from "@/server/platform/auth/get-actor.ts";

/**
 * The newest Windows build's version and size for the wizard's download link; null when none is
 * stored. The wizard is staff's: a client user gets NOT_FOUND, as from every staff action.
 */
export async function windowsBuildAction(): Promise<{ version: string; size: number } | null> {
  const actor = await getActor();
  if (!actor) return null;
  requireStaff(actor);
  const build = await newestBuildNamed("erp-bridge-agent-win-x64.exe");
  return build && { version: build.version, size: build.size };
}
