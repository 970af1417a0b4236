import type { SyncRun } from "../../../generated/prisma/client.ts";
import { runTransaction } from "../../platform/database/db.ts";
import { applyPage } from "./apply-page.ts";
import { pageHooksFor } from "./page-hooks.ts";
import { idsOf, readStoredPage } from "./stored-page.ts";
import { recordSeenProducts, tracksSeenProducts } from "./withdraw-unseen.ts";

const PAGE_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };

/**
 * Applies page `seq` of the run's current command in one transaction that this function owns:
 * the rows, the cursor after them, the run's counts and whatever the page hooks of other
 * domains do with it (report rollups, orders matched to documents, stock webhooks) commit
 * together. The guard on `appliedPages` makes it exactly-once whatever the retries. Returns
 * false if already applied.
 */
export async function applyStoredPage(options: { run: SyncRun; commandId: string; seq: number }): Promise<boolean> {
  const { run, commandId, seq } = options;
  const hooks = pageHooksFor(run.group);
  return runTransaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE "SyncRun" SET "appliedPages" = ${seq + 1}
      WHERE "id" = ${run.id}::uuid AND "commandId" = ${commandId}::uuid AND "appliedPages" = ${seq}
        AND "status" = 'RUNNING'`;
    if (claimed === 0) return false;
    const page = await readStoredPage({ tx, commandId, seq });
    const ids = hooks.length > 0 ? idsOf(page.rows, pageIdKey(run.group)) : [];
    const event = { tx, companyId: run.companyId, integrationId: run.integrationId, group: run.group, ids };
    const afters = [];
    for (const hook of hooks) afters.push(await hook.open(event));
    const applied = await applyPage({
      tx,
      companyId: run.companyId,
      integrationId: run.integrationId,
      commandId,
      seq,
      rows: page.rows,
      group: run.group,
    });
    if (tracksSeenProducts(run)) await recordSeenProducts({ tx, runId: run.id, erpIds: idsOf(page.rows, "id") });
    await tx.$executeRaw`
      UPDATE "SyncState" SET "cursor" = ${page.cursor}
      WHERE "integrationId" = ${run.integrationId}::uuid AND "group" = ${run.group}::"DataGroup"`;
    await tx.$executeRaw`
      UPDATE "SyncRun" SET "done" = "done" + ${page.rows.length}, "changed" = "changed" + ${applied.changed},
                           "total" = coalesce(${page.total ?? null}::int, "total")
      WHERE "id" = ${run.id}::uuid`;
    for (const after of afters) await after({ ...event, applied });
    return true;
    // A page of documents also updates the report rollups: give it room beyond Prisma's 5 s default.
  }, PAGE_TRANSACTION);
}

/** The ERP ids the page's rows name: documents, products and customers by id; prices and stock by product. */
function pageIdKey(group: SyncRun["group"]): string {
  return group === "PRICES" || group === "STOCK" ? "productId" : "id";
}
