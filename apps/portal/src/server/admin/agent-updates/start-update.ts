import { AppError } from "../../platform/errors/app-error.ts";
import { formProblem, type TFormProblem } from "../../platform/errors/form-problem.ts";
import type { TTx } from "../../platform/database/db.ts";
import { publish } from "../../agent-link/publish.ts";
import { compareVersions } from "../agent-builds/compare-versions.ts";
import { buildPlatformOf, newestAgentBuilds } from "../agent-builds/newest-agent-builds.ts";

export type TStartedUpdate = { id: string; agentId: string; version: string };

/** English words for logs and the API; the page says the problem in its reader's language. */
const conflict = (message: string, problem: TFormProblem) => new AppError({ code: "CONFLICT", message, problem });

/**
 * Starts one agent's update to `buildId` (default: the newest build for its platform) inside
 * the caller's transaction; the agent's row is locked, so two presses (or a press and the
 * policy engine, on any portal process) never start two updates. The offer goes out when the
 * transaction commits, through whichever process holds the agent's connection.
 */
export async function startUpdate(options: {
  tx: TTx;
  agentId: string;
  buildId?: string;
  requestedBy: "staff" | "policy";
}): Promise<TStartedUpdate> {
  const { tx, agentId } = options;
  await tx.$queryRaw`SELECT 1 FROM "Agent" WHERE "id" = ${agentId}::uuid FOR UPDATE`;
  const agent = await tx.agent.findUnique({
    where: { id: agentId },
    select: { companyId: true, revokedAt: true, platform: true, agentVersion: true },
  });
  if (!agent || agent.revokedAt)
    throw new AppError({ code: "NOT_FOUND", message: "agent not found", userMessage: "Not found" });
  const platform = buildPlatformOf(agent.platform);
  if (!platform)
    throw conflict(
      "The agent has not connected as a program installed from a file yet: the version it needs is not known.",
      formProblem("agentNotInstalled"),
    );
  const build = options.buildId
    ? await tx.agentBuild.findUnique({
        where: { id: options.buildId },
        select: { id: true, version: true, platform: true },
      })
    : (await newestAgentBuilds({ tx })).get(platform);
  if (!build || build.platform !== platform)
    throw conflict(`No agent build for the platform ${platform}.`, formProblem("noAgentBuild", { platform }));
  if (agent.agentVersion && compareVersions(build.version, agent.agentVersion) <= 0) {
    throw conflict(
      `The agent already runs ${agent.agentVersion}, not older than ${build.version}.`,
      formProblem("agentUpToDate", { current: agent.agentVersion, version: build.version }),
    );
  }
  const running = await tx.agentUpdate.findFirst({ where: { agentId, finishedAt: null }, select: { id: true } });
  if (running) throw conflict("An update of this agent is already under way.", formProblem("updateRunning"));
  const update = await tx.agentUpdate.create({
    data: {
      agentId,
      companyId: agent.companyId,
      buildId: build.id,
      fromVersion: agent.agentVersion,
      requestedBy: options.requestedBy,
    },
    select: { id: true },
  });
  await publish({ channel: "agent-control", event: { agentId, action: "update-offer" }, tx });
  await publish({ channel: "agent-presence", event: { agentId, companyId: agent.companyId }, tx });
  return { id: update.id, agentId, version: build.version };
}
