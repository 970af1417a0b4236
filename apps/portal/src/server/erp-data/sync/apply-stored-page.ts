import type { SyncRun } from "../../../generated/prisma/client.ts";
import { runTransaction, type TTx } from "../../platform/database/db.ts";
import { applyPage } from "./apply-page.ts";
import { pageHooksFor } from "./page-hooks.ts";
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
    const ids = hooks.length > 0 ? await pageIds({ tx, commandId, seq, group: run.group }) : [];
    const event = { tx, companyId: run.companyId, integrationId: run.integrationId, group: run.group, ids };
    const afters = [];
    for (const hook of hooks) afters.push(await hook.open(event));
    const applied = await applyPage({
      tx,
      companyId: run.companyId,
      integrationId: run.integrationId,
      commandId,
      seq,
      group: run.group,
    });
    if (tracksSeenProducts(run)) await recordSeenProducts({ tx, runId: run.id, commandId, seq });
    const [page] = await tx.$queryRaw<{ cursor: string | null; total: number | null; rows: number }[]>`
      SELECT "data"->>'cursor' AS "cursor", ("data"->>'total')::int AS "total",
             json_array_length("data"->'rows') AS "rows"
      FROM "AgentResultPage" WHERE "commandId" = ${commandId}::uuid AND "seq" = ${seq}`;
    if (!page) throw new Error(`page ${seq} of command ${commandId} is missing`);
    await tx.$executeRaw`
      UPDATE "SyncState" SET "cursor" = ${page.cursor}
      WHERE "integrationId" = ${run.integrationId}::uuid AND "group" = ${run.group}::"DataGroup"`;
    await tx.$executeRaw`
      UPDATE "SyncRun" SET "done" = "done" + ${page.rows}, "changed" = "changed" + ${applied.changed},
                           "total" = coalesce(${page.total}::int, "total")
      WHERE "id" = ${run.id}::uuid`;
    for (const after of afters) await after({ ...event, applied });
    return true;
    // A page of documents also updates the report rollups: give it room beyond Prisma's 5 s default.
  }, PAGE_TRANSACTION);
}

/** The ERP ids the page's rows name: documents, products and customers by id; prices and stock by product. */
async function pageIds(options: { tx: TTx; commandId: string; seq: number; group: SyncRun["group"] }) {
  const key = options.group === "PRICES" || options.group === "STOCK" ? "productId" : "id";
  const [row] = await options.tx.$queryRaw<{ ids: number[] }[]>`
    SELECT coalesce(array_agg(DISTINCT ("row"->>${key})::int), '{}') AS "ids"
    FROM "AgentResultPage", json_array_elements("data"->'rows') AS "row"
    WHERE "commandId" = ${options.commandId}::uuid AND "seq" = ${options.seq}`;
  return row?.ids ?? [];
}
