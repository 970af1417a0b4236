import { getDb, runTransaction } from "../../platform/database/db.ts";
import { AppError } from "../../platform/errors/app-error.ts";
import { compareVersions } from "../agent-builds/compare-versions.ts";
import { buildPlatformOf, newestAgentBuilds } from "../agent-builds/newest-agent-builds.ts";
import { startUpdate, type TStartedUpdate } from "./start-update.ts";
import { inUpdateWindow } from "./update-window.ts";

/**
 * The policy engine's pass: in each consenting client's window, every online agent with a newer
 * build for its platform gets an update, unless one is unfinished or it already tried that build
 * (a rollback or refusal is for staff to look at, not to repeat every minute).
 */
export async function applyUpdatePolicies(options: { now?: Date } = {}): Promise<TStartedUpdate[]> {
  const now = options.now ?? new Date();
  const db = getDb();
  const policies = (await db.agentUpdatePolicy.findMany()).filter((p) => inUpdateWindow({ now, ...p }));
  if (policies.length === 0) return [];
  const newest = await newestAgentBuilds();
  const agents = await db.agent.findMany({
    where: { companyId: { in: policies.map((p) => p.companyId) }, revokedAt: null, online: true },
    select: { id: true, platform: true, agentVersion: true, updates: { select: { buildId: true, finishedAt: true } } },
  });
  const started: TStartedUpdate[] = [];
  for (const agent of agents) {
    const platform = buildPlatformOf(agent.platform);
    const build = platform ? newest.get(platform) : undefined;
    if (!build || !agent.agentVersion || compareVersions(build.version, agent.agentVersion) <= 0) continue;
    if (agent.updates.some((u) => u.buildId === build.id || !u.finishedAt)) continue;
    try {
      started.push(
        await runTransaction((tx) => startUpdate({ tx, agentId: agent.id, buildId: build.id, requestedBy: "policy" })),
      );
    } catch (error) {
      // Another process (or staff) got there first: the agent's row lock decided.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return started;
}
