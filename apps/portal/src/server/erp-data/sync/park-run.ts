import type { SyncRun } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";
import { log } from "../../platform/log.ts";
import { announceRun } from "./sync-run-events.ts";

/**
 * How fresh an "online" flag must be to count: a live connection is pinged every 15 s and dropped
 * after 30 s of silence, so an older one is a flag left by a process that died. The scheduler's
 * statements use the same bound.
 */
export const AGENT_HEARD_WITHIN_SECONDS = 120;

/** The agent is connected to some portal process now (the rule the scheduler schedules by). */
export async function isAgentConnected(agentId: string): Promise<boolean> {
  const agent = await getDb().agent.findFirst({
    where: {
      id: agentId,
      online: true,
      revokedAt: null,
      lastSeenAt: { gt: new Date(Date.now() - AGENT_HEARD_WITHIN_SECONDS * 1000) },
    },
    select: { id: true },
  });
  return agent !== null;
}

/** Thrown inside a run whose agent is not connected: the run is parked, not failed. */
export class AgentAway extends Error {
  constructor() {
    super("the agent is not connected");
    this.name = "AgentAway";
  }
}

/**
 * Gives a run's worker slot back while its agent is away, keeping everything it needs to go on
 * (chunk, command, pages applied): it goes back to QUEUED and its job ends. `startedAt` stays set,
 * which marks it parked; the scheduler sends it a new job once the agent is connected again
 * (schedule-due-runs.ts). Its command waits in the outbox meanwhile and is delivered on reconnect.
 */
export async function parkRun(run: SyncRun): Promise<void> {
  await getDb().syncRun.updateMany({ where: { id: run.id, status: "RUNNING" }, data: { status: "QUEUED" } });
  log("info", "sync run parked: agent not connected", { runId: run.id, companyId: run.companyId, group: run.group });
  await announceRun({ runId: run.id, companyId: run.companyId, final: true });
}
