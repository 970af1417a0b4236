import { runTransaction } from "../../platform/database/db.ts";
import type { SyncRun } from "../../../generated/prisma/client.ts";
import { log } from "../../platform/log.ts";
import { announceRun } from "./sync-run-events.ts";
import { syncProblemText, type TSyncProblem } from "./sync-problem.ts";
import { forgetSeen, tracksSeenProducts, withdrawUnseenProducts } from "./withdraw-unseen.ts";

/**
 * Marks a run done and its data group synced; the cursor was stored page by page already. A full
 * products run also withdraws the products the ERP no longer has, in the same transaction.
 */
export async function succeedRun(run: SyncRun): Promise<void> {
  const withdrawn = await runTransaction(async (tx) => {
    const finished = await tx.$executeRaw`
      UPDATE "SyncRun" SET "status" = 'SUCCEEDED', "finishedAt" = now(), "total" = "done"
      WHERE "id" = ${run.id}::uuid AND "status" = 'RUNNING'`;
    await tx.$executeRaw`
      UPDATE "SyncState" SET "lastRunId" = ${run.id}::uuid, "lastSuccessAt" = now(),
        "lastError" = NULL, "lastErrorCode" = NULL, "lastErrorParams" = NULL
      WHERE "integrationId" = ${run.integrationId}::uuid AND "group" = ${run.group}::"DataGroup"`;
    if (finished === 0 || !tracksSeenProducts(run)) return 0;
    const count = await withdrawUnseenProducts({ tx, run });
    await tx.$executeRaw`UPDATE "SyncRun" SET "changed" = "changed" + ${count} WHERE "id" = ${run.id}::uuid`;
    return count;
  });
  if (withdrawn > 0)
    log("info", "products gone from the ERP withdrawn", { runId: run.id, companyId: run.companyId, withdrawn });
  await announceRun({ runId: run.id, companyId: run.companyId, final: true });
}

/**
 * Marks a run failed with why, as a code for the pages and English words for logs (the ERP's own
 * message travels in the code's values when it gave one).
 * The copy keeps every page applied before the failure, each with its cursor: the next run
 * continues from there, and nothing half-written is left behind. A full products run that did
 * not read everything withdraws nothing.
 */
export async function failRun(run: SyncRun, problem: TSyncProblem): Promise<void> {
  const message = syncProblemText(problem);
  const params = JSON.stringify(problem.params);
  await runTransaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE "SyncRun" SET "status" = 'FAILED', "finishedAt" = now(), "errorMessage" = ${message},
        "errorCode" = ${problem.code}, "errorParams" = ${params}::jsonb
      WHERE "id" = ${run.id}::uuid AND "status" IN ('QUEUED', 'RUNNING')`;
    await tx.$executeRaw`
      UPDATE "SyncState" SET "lastRunId" = ${run.id}::uuid, "lastError" = ${message}, "lastErrorAt" = now(),
        "lastErrorCode" = ${problem.code}, "lastErrorParams" = ${params}::jsonb
      WHERE "integrationId" = ${run.integrationId}::uuid AND "group" = ${run.group}::"DataGroup"`;
    if (tracksSeenProducts(run)) await forgetSeen({ tx, runId: run.id });
  });
  await announceRun({ runId: run.id, companyId: run.companyId, final: true });
}
