import { Prisma } from "../../../../generated/prisma/client.ts";
import { getDb, runTransaction } from "../../../platform/database/db.ts";
import { upsertDelta } from "./upsert-delta.ts";
import { companyIntegrationIds } from "../../../settings/company-integration.ts";

/**
 * Per process: each integration's product copy as last found with nothing to move, and when. Every
 * write of a product takes a new row version (nextval) and products are never deleted, so while the
 * copy's highest version and count stand, nothing can have moved; the comparison (a join of every
 * filed product, tens of ms on 10,000 products) runs again then, or after RECHECK_MS anyway (a
 * document page filing a product under the group it read just before that product's move
 * committed is caught then).
 */
const settled = new Map<string, { version: string; at: number }>();
const RECHECK_MS = 60_000;

async function copyVersion(integrationId: string): Promise<string> {
  const [row] = await getDb().$queryRaw<{ version: string }[]>`
    SELECT coalesce(max("rowVersion"), 0)::text || ':' || count(*)::text AS version
    FROM "ErpProduct" WHERE "integrationId" = ${integrationId}::uuid`;
  return row?.version ?? "";
}

/**
 * Moves the sales of products whose group changed in the ERP (or arrived after their sales) to
 * their group now, in the group rollups. Runs before a report reads them: one cheap look at the
 * copy's version when nothing changed. Serialised per integration, and the map rows it changes are locked, so a
 * document page applied meanwhile files its lines under the group the move leaves. Every
 * integration of the company in turn: a report reads them all.
 */
export async function regroupProducts(options: {
  companyId: string;
  /** The company's integrations when the caller has them (a report has): not read again. */
  integrationIds?: string[];
}): Promise<number> {
  let moved = 0;
  for (const integrationId of options.integrationIds ?? (await companyIntegrationIds(options))) {
    moved += await regroupIntegration({ companyId: options.companyId, integrationId });
  }
  return moved;
}

async function regroupIntegration(options: { companyId: string; integrationId: string }): Promise<number> {
  const { integrationId } = options;
  const version = await copyVersion(integrationId);
  const last = settled.get(integrationId);
  if (last?.version === version && Date.now() - last.at < RECHECK_MS) return 0;
  const moved = await moveRegrouped(options);
  settled.set(integrationId, { version, at: Date.now() });
  return moved;
}

async function moveRegrouped(options: { companyId: string; integrationId: string }): Promise<number> {
  const { companyId, integrationId } = options;
  const [stale] = await getDb().$queryRaw<{ productId: number }[]>`
    SELECT m."productId" FROM "ReportProductGroup" m
    LEFT JOIN "ErpProduct" p ON p."integrationId" = m."integrationId" AND p."erpId" = m."productId"
    WHERE m."integrationId" = ${integrationId}::uuid AND m."groupId" <> coalesce(p."groupId", 0) LIMIT 1`;
  if (!stale) return 0;
  return runTransaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`report-regroup:${integrationId}`}))`;
      const moved = await tx.$queryRaw<{ productId: number; before: number; after: number }[]>`
        WITH changed AS (
          SELECT m."productId", m."groupId" AS before, coalesce(p."groupId", 0) AS after
          FROM "ReportProductGroup" m
          LEFT JOIN "ErpProduct" p ON p."integrationId" = m."integrationId" AND p."erpId" = m."productId"
          WHERE m."integrationId" = ${integrationId}::uuid AND m."groupId" <> coalesce(p."groupId", 0)
          FOR UPDATE OF m
        ), updated AS (
          UPDATE "ReportProductGroup" m SET "groupId" = c.after FROM changed c
          WHERE m."integrationId" = ${integrationId}::uuid AND m."productId" = c."productId"
        )
        SELECT * FROM changed`;
      if (moved.length === 0) return 0;
      const rows = (period: Prisma.Sql) => Prisma.sql`
        WITH c AS MATERIALIZED (
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS c("productId" int, before int, after int)
        ), r AS MATERIALIZED (
          SELECT * FROM "ReportProductDay"
          WHERE "integrationId" = ${integrationId}::uuid AND "productId" = ANY(ARRAY(SELECT "productId" FROM c))
        )
        SELECT ${period}, s."groupId", r.channel, r."warehouseId", sum(s.sign * r.net) AS net,
          sum(s.sign * r.gross) AS gross, sum(s.sign * r.cost) AS cost, sum(s.sign * r.quantity) AS quantity,
          sum(s.sign * r.lines) AS lines
        FROM r JOIN c ON c."productId" = r."productId"
        CROSS JOIN LATERAL (VALUES (c.before, -1), (c.after, 1)) AS s("groupId", sign)
        GROUP BY 1, 2, 3, 4`;
      await upsertDelta({ tx, companyId, integrationId, rollup: "ReportGroupDay", rows: rows(Prisma.sql`r.day`) });
      await upsertDelta({
        tx,
        companyId,
        integrationId,
        rollup: "ReportGroupMonth",
        rows: rows(Prisma.sql`date_trunc('month', r.day)::date AS month`),
      });
      const before = [...new Set(moved.map((m) => m.before))];
      for (const table of ["ReportGroupDay", "ReportGroupMonth"]) {
        await tx.$executeRaw`
          DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "integrationId" = ${integrationId}::uuid
            AND "groupId" = ANY(${before}::int[]) AND "lines" = 0 AND "net" = 0 AND "cost" = 0`;
      }
      return moved.length;
    },
    { timeout: 60_000 },
  );
}
