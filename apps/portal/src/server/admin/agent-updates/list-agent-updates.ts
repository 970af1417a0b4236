import type { TActor } from "../../platform/auth/actor.ts";
import { requireStaff } from "../../platform/auth/company-scope.ts";
import { getDb } from "../../platform/database/db.ts";
import type { AgentUpdateState } from "../../../generated/prisma/client.ts";
import { compareVersions } from "../agent-builds/compare-versions.ts";
import { buildPlatformOf, newestAgentBuilds } from "../agent-builds/newest-agent-builds.ts";

export type TAgentUpdateView = {
  id: string;
  state: AgentUpdateState;
  version: string;
  fromVersion: string | null;
  receivedBytes: number | null;
  size: number;
  errorCode: string | null;
  errorMessage: string | null;
  requestedBy: string;
  requestedAt: Date;
  finishedAt: Date | null;
};

export type TAgentUpdates = {
  /** Each agent's latest update, finished or not. */
  latest: Map<string, TAgentUpdateView>;
  /** The version an agent could be updated to (newest build for its platform, newer than it runs). */
  available: Map<string, string>;
  /** Companies' automatic update windows. */
  policies: Map<string, { fromHour: number; toHour: number }>;
};

/** What the agents page shows about updates for the given agents (staff only). */
export async function listAgentUpdates(options: {
  actor: TActor;
  agents: { id: string; platform: string | null; agentVersion: string | null; revokedAt: Date | null }[];
}): Promise<TAgentUpdates> {
  requireStaff(options.actor);
  const db = getDb();
  const agentIds = options.agents.map((agent) => agent.id);
  const [rows, newest, policies] = await Promise.all([
    db.agentUpdate.findMany({
      where: { agentId: { in: agentIds } },
      distinct: ["agentId"],
      orderBy: [{ agentId: "asc" }, { requestedAt: "desc" }],
      include: { build: { select: { version: true, size: true } } },
    }),
    newestAgentBuilds(),
    db.agentUpdatePolicy.findMany(),
  ]);
  const latest = new Map(
    rows.map(({ build, ...row }) => [row.agentId, { ...row, version: build.version, size: build.size }] as const),
  );
  const available = new Map<string, string>();
  for (const agent of options.agents) {
    const platform = buildPlatformOf(agent.platform);
    const build = platform ? newest.get(platform) : undefined;
    if (agent.revokedAt || !build) continue;
    if (!agent.agentVersion || compareVersions(build.version, agent.agentVersion) > 0)
      available.set(agent.id, build.version);
  }
  return {
    latest,
    available,
    policies: new Map(policies.map((p) => [p.companyId, { fromHour: p.fromHour, toHour: p.toHour }])),
  };
}
