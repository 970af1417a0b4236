import { ZErpReadResult } from "@erp-bridge/shared";
import type { SyncRun } from "../../../generated/prisma/client.ts";
import { awaitCommand } from "../../agent-link/await-command.ts";
import { cancelCommand } from "../../agent-link/cancel-command.ts";
import { isFinalStatus } from "../../agent-link/command-status.ts";
import { enqueueCommand } from "../../agent-link/enqueue-command.ts";
import { isUnknownConnection } from "../../platform/errors/app-error.ts";
import { getDb } from "../../platform/database/db.ts";
import { errorText, log } from "../../platform/log.ts";
import { applyStoredPage } from "./apply-stored-page.ts";
import { CHUNK_PAGES, DATA_GROUPS } from "./data-groups.ts";
import { failRun, succeedRun } from "./finish-run.ts";
import { AgentAway, isAgentConnected, parkRun } from "./park-run.ts";
import { announceRun } from "./sync-run-events.ts";
import { readProblem, SyncFailure } from "./sync-problem.ts";

/** How long one chunk (CHUNK_PAGES pages) may take on the agent. */
const CHUNK_TIMEOUT_MS = 10 * 60_000;
/** A chunk the agent has not picked up by then (offline) fails the run instead of blocking the group. */
const UNCLAIMED_GRACE_MS = 60_000;
/** Between looks at a running command; a finished command wakes the wait early. */
const POLL_MS = 300;
/** Between looks at whether the agent is still connected while its command is unfinished. */
const PRESENCE_CHECK_MS = 2_000;

/**
 * Runs (or resumes) one sync: a chain of erp.read chunks, each from the stored cursor, whose
 * pages are applied to the cloud copy as they arrive. Every step is keyed by the run's stored
 * state (chunk number, command, pages applied), so a process that dies mid-run leaves nothing a
 * retry would do twice: the retry re-attaches to the same command or continues from the cursor.
 */
export async function runSync(options: { runId: string }): Promise<void> {
  const run = await claimRun(options.runId);
  if (!run) return;
  log("info", "sync run claimed", { runId: run.id, companyId: run.companyId, group: run.group, pid: process.pid });
  await announceRun({ runId: run.id, companyId: run.companyId, final: true });
  try {
    await runChunks(run);
    await succeedRun(run);
    log("info", "sync run finished", { runId: run.id, companyId: run.companyId, group: run.group });
  } catch (error) {
    if (error instanceof AgentAway) return parkRun(run);
    if (error instanceof SyncFailure) return failRun(run, error.problem);
    log("error", "sync run failed", { runId: run.id, error: errorText(error) });
    await failRun(run, { code: "applyFailed", params: { detail: errorText(error) } });
  }
}

async function claimRun(runId: string): Promise<SyncRun | null> {
  const [run] = await getDb().syncRun.updateManyAndReturn({
    where: { id: runId, status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "RUNNING", startedAt: new Date() },
  });
  return run ?? null;
}

async function runChunks(claimed: SyncRun): Promise<void> {
  const db = getDb();
  const integration = await db.integration.findUnique({ where: { id: claimed.integrationId } });
  if (!integration?.agentId) throw new SyncFailure({ code: "noAgent", params: {} });
  // A run whose agent went away since it was scheduled gives its slot back at once (parked, not
  // failed): an offline client must not keep other clients' runs waiting.
  const agentId = integration.agentId;
  if (!(await isAgentConnected(agentId))) throw new AgentAway();
  const group = DATA_GROUPS[claimed.group];
  for (;;) {
    const run = await db.syncRun.findUniqueOrThrow({ where: { id: claimed.id } });
    const commandId =
      run.commandId ?? (await startChunk({ run, agentId, connection: integration.agentConnection, group }));
    const finished = await applyAsItArrives({ run: { ...run, commandId }, commandId, agentId });
    if (finished.status !== "SUCCEEDED") throw new SyncFailure(readProblem(finished));
    const result = ZErpReadResult.parse(finished.result);
    // The pages are in the copy now; the outbox need not keep them.
    await db.$transaction([
      db.agentResultPage.deleteMany({ where: { commandId } }),
      db.syncRun.update({
        where: { id: run.id },
        data: result.done ? {} : { commandId: null, chunk: { increment: 1 }, appliedPages: 0 },
      }),
    ]);
    if (result.done) return;
  }
}

async function startChunk(options: {
  run: SyncRun;
  agentId: string;
  connection: string;
  group: (typeof DATA_GROUPS)[keyof typeof DATA_GROUPS];
}): Promise<string> {
  const { run } = options;
  const state = await getDb().syncState.findUnique({
    where: { integrationId_group: { integrationId: run.integrationId, group: run.group } },
  });
  // A full run reads from the start; its later chunks (and every incremental one) from the cursor.
  const cursor = run.kind === "FULL" && run.chunk === 0 ? null : (state?.cursor ?? null);
  const command = await enqueueCommand({
    companyId: run.companyId,
    agentId: options.agentId,
    connection: options.connection,
    name: "erp.read",
    input: {
      resource: options.group.resource,
      cursor,
      pageSize: cursor === null ? options.group.pageSize : options.group.incrementalPageSize,
      maxPages: CHUNK_PAGES,
    },
    idempotencyKey: `sync:${run.id}:${run.chunk}`,
    timeoutMs: CHUNK_TIMEOUT_MS,
  }).catch((error: unknown) => {
    if (isUnknownConnection(error)) {
      throw new SyncFailure({ code: "connectionUnknown", params: { connection: options.connection } });
    }
    throw error;
  });
  await getDb().syncRun.update({ where: { id: run.id }, data: { commandId: command.id, appliedPages: 0 } });
  return command.id;
}

/**
 * Applies the command's pages in order while it streams; returns the command once all are in.
 * Throws AgentAway when the agent disconnects before the command ends: the command stays in the
 * outbox (redelivered on reconnect) and the run is parked instead of holding its slot meanwhile.
 */
async function applyAsItArrives(options: { run: SyncRun; commandId: string; agentId: string }) {
  const { run, commandId } = options;
  let applied = run.appliedPages;
  let presenceCheckedAt = Date.now();
  // A command queued before the run was parked waits for the agent from this claim on, not from its creation.
  const waitingSince = run.startedAt?.getTime() ?? 0;
  for (;;) {
    const command = await awaitCommand({ commandId, timeoutMs: POLL_MS });
    // `pages` is the unbroken run stored so far: everything below it can be applied.
    while (applied < command.pages) {
      await applyStoredPage({ run, commandId, seq: applied });
      applied += 1;
      await announceRun({ runId: run.id, companyId: run.companyId });
    }
    if (isFinalStatus(command.status)) {
      const latest = await getDb().agentCommand.findUniqueOrThrow({ where: { id: commandId } });
      if (applied >= latest.pages) return latest;
      continue;
    }
    if (Date.now() - presenceCheckedAt >= PRESENCE_CHECK_MS) {
      presenceCheckedAt = Date.now();
      if (!(await isAgentConnected(options.agentId))) throw new AgentAway();
    }
    const queuedSince = Math.max(command.createdAt.getTime(), waitingSince);
    if (command.status === "QUEUED" && Date.now() - queuedSince > UNCLAIMED_GRACE_MS) {
      await cancelCommand({ companyId: run.companyId, commandId });
      throw new SyncFailure({ code: "notPickedUp", params: {} });
    }
  }
}
