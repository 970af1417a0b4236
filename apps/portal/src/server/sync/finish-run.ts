import { getDb } from "../db.ts";
import type { SyncRun } from "../../generated/prisma/client.ts";
import { announceRun } from "./sync-run-events.ts";

/** Marks a run done and its data group synced; the cursor was stored page by page already. */
export async function succeedRun(run: SyncRun): Promise<void> {
  await getDb().$transaction([
    getDb().$executeRaw`
      UPDATE "SyncRun" SET "status" = 'SUCCEEDED', "finishedAt" = now(), "total" = "done"
      WHERE "id" = ${run.id}::uuid AND "status" = 'RUNNING'`,
    getDb().$executeRaw`
      UPDATE "SyncState" SET "lastRunId" = ${run.id}::uuid, "lastSuccessAt" = now(), "lastError" = NULL
      WHERE "companyId" = ${run.companyId}::uuid AND "group" = ${run.group}::"DataGroup"`,
  ]);
  await announceRun({ runId: run.id, companyId: run.companyId, final: true });
}

/**
 * Marks a run failed with the reason people will read (the ERP's own message when it gave one).
 * The copy keeps every page applied before the failure, each with its cursor: the next run
 * continues from there, and nothing half-written is left behind.
 */
export async function failRun(run: SyncRun, message: string): Promise<void> {
  await getDb().$transaction([
    getDb().$executeRaw`
      UPDATE "SyncRun" SET "status" = 'FAILED', "finishedAt" = now(), "errorMessage" = ${message}
      WHERE "id" = ${run.id}::uuid AND "status" IN ('QUEUED', 'RUNNING')`,
    getDb().$executeRaw`
      UPDATE "SyncState" SET "lastRunId" = ${run.id}::uuid, "lastError" = ${message}, "lastErrorAt" = now()
      WHERE "companyId" = ${run.companyId}::uuid AND "group" = ${run.group}::"DataGroup"`,
  ]);
  await announceRun({ runId: run.id, companyId: run.companyId, final: true });
}
