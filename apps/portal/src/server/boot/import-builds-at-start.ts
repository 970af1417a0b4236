import { env } from "../../env.ts";
import { REPO_ROOT } from "../../env-schema.ts";
import { importAgentBuilds } from "../admin/agent-builds/import-agent-builds.ts";
import { resolveUpdateKey } from "../admin/agent-builds/update-key.ts";
import { errorText, log } from "../platform/log.ts";

/**
 * Stores the builds of AGENT_BUILDS_DIR, known ones skipped. It runs beside the start, not
 * before it: a new executable takes seconds to store, and a refused one must not keep the
 * portal from serving. (Not by default in the demo: its embedded database has one connection,
 * which a build's transaction would hold for as long as it takes.)
 */
export function importBuildsAtStart(): Promise<void> {
  const dir = env.AGENT_BUILDS_DIR;
  if (!dir) return Promise.resolve();
  return (async () => {
    const key = await resolveUpdateKey({ env, repoRoot: REPO_ROOT });
    for (const build of await importAgentBuilds({ dir, key })) {
      log("info", `agent build ${build.outcome}`, { ...build, keyId: key.keyId });
    }
  })().catch((error: unknown) => log("error", "agent builds not imported", { dir, error: errorText(error) }));
}
