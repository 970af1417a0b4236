import type { SyncRun } from "../../../generated/prisma/client.ts";
import type { TTx } from "../../platform/database/db.ts";

/**
 * Only a full products run reads every product there is, so only it can tell a product the ERP
 * no longer has at all (deleted outright rather than marked deleted) from one it did not read.
 */
export function tracksSeenProducts(run: Pick<SyncRun, "kind" | "group">): boolean {
  return run.kind === "FULL" && run.group === "PRODUCTS";
}

/** Notes the products of one page (their ERP ids) as seen by the run, in the page's own transaction. */
export async function recordSeenProducts(options: { tx: TTx; runId: string; erpIds: number[] }) {
  await options.tx.$executeRaw`
    INSERT INTO "SyncRunSeen" ("runId", "erpId")
    SELECT ${options.runId}::uuid, "erpId" FROM unnest(${options.erpIds}::int[]) AS s("erpId")
    ON CONFLICT DO NOTHING`;
}

/**
 * When a full products run has read everything: the copy's products it did not see are gone
 * from the ERP, so they are withdrawn (marked deleted, with a new row version, so channels hear
 * of it and their stock reads 0). Returns how many. The run's notes go either way.
 */
export async function withdrawUnseenProducts(options: { tx: TTx; run: SyncRun }): Promise<number> {
  const { tx, run } = options;
  const withdrawn = await tx.$executeRaw`
    UPDATE "ErpProduct" p
    SET "deleted" = true, "rowVersion" = nextval('erp_row_version'), "updatedAt" = now()
    WHERE p."integrationId" = ${run.integrationId}::uuid AND NOT p."deleted"
      AND NOT EXISTS (SELECT 1 FROM "SyncRunSeen" s WHERE s."runId" = ${run.id}::uuid AND s."erpId" = p."erpId")`;
  await forgetSeen({ tx, runId: run.id });
  return withdrawn;
}

export async function forgetSeen(options: { tx: TTx; runId: string }): Promise<void> {
  await options.tx.$executeRaw`DELETE FROM "SyncRunSeen" WHERE "runId" = ${options.runId}::uuid`;
}
