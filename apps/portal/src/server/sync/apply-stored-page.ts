import { fromPrisma } from "pg-boss";
import type { SyncRun } from "../../generated/prisma/client.ts";
import { runTransaction, type TTx } from "../db.ts";
import { getJobQueue } from "../jobs/job-queue.ts";
import { reconcileOrdersFromDocuments } from "../orders/reconcile-from-documents.ts";
import { applyPage } from "./apply-page.ts";
import { recordSeenProducts, tracksSeenProducts } from "./withdraw-unseen.ts";

const PAGE_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

/**
 * Applies page `seq` of the run's current command in one transaction: the rows, the cursor
 * after them, the run's counts and (for stock) the webhook job commit together. The guard on
 * `appliedPages` makes it exactly-once whatever the retries. Returns false if already applied.
 */
export async function applyStoredPage(options: { run: SyncRun; commandId: string; seq: number }): Promise<boolean> {
  const { run, commandId, seq } = options;
  const boss = await getJobQueue();
  return runTransaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE "SyncRun" SET "appliedPages" = ${seq + 1}
      WHERE "id" = ${run.id}::uuid AND "commandId" = ${commandId}::uuid AND "appliedPages" = ${seq}
        AND "status" = 'RUNNING'`;
    if (claimed === 0) return false;
    const applied = await applyPage({ tx, companyId: run.companyId, commandId, seq, group: run.group });
    if (tracksSeenProducts(run)) await recordSeenProducts({ tx, runId: run.id, commandId, seq });
    const [page] = await tx.$queryRaw<{ cursor: string | null; total: number | null; rows: number }[]>`
      SELECT "data"->>'cursor' AS "cursor", ("data"->>'total')::int AS "total",
             jsonb_array_length("data"->'rows') AS "rows"
      FROM "AgentResultPage" WHERE "commandId" = ${commandId}::uuid AND "seq" = ${seq}`;
    if (!page) throw new Error(`page ${seq} of command ${commandId} is missing`);
    await tx.$executeRaw`
      UPDATE "SyncState" SET "cursor" = ${page.cursor}
      WHERE "companyId" = ${run.companyId}::uuid AND "group" = ${run.group}::"DataGroup"`;
    await tx.$executeRaw`
      UPDATE "SyncRun" SET "done" = "done" + ${page.rows}, "changed" = "changed" + ${applied.changed},
                           "total" = coalesce(${page.total}::int, "total")
      WHERE "id" = ${run.id}::uuid`;
    if (run.group === "DOCUMENTS") {
      const [ids] = await tx.$queryRaw<{ ids: number[] }[]>`
        SELECT coalesce(array_agg(("row"->>'id')::int), '{}') AS "ids"
        FROM "AgentResultPage", jsonb_array_elements("data"->'rows') AS "row"
        WHERE "commandId" = ${commandId}::uuid AND "seq" = ${seq}`;
      await reconcileOrdersFromDocuments({ tx, companyId: run.companyId, documentIds: ids?.ids ?? [] });
    }
    if (applied.stockProductIds.length > 0 && (await hasWebhooks({ tx, companyId: run.companyId }))) {
      await boss.send(
        "stock-webhook",
        { companyId: run.companyId, productIds: applied.stockProductIds },
        { db: fromPrisma(tx) },
      );
    }
    return true;
    // A page of documents also updates the report rollups: give it room beyond Prisma's 5 s default.
  }, PAGE_TRANSACTION);
}

async function hasWebhooks(options: { tx: TTx; companyId: string }): Promise<boolean> {
  const count = await options.tx.salesChannel.count({
    where: { companyId: options.companyId, disabledAt: null, webhookUrl: { not: null } },
  });
  return count > 0;
}
