import { Prisma } from "../../../../generated/prisma/client.ts";
import type { TTx } from "../../../platform/database/db.ts";
import { upsertSql, yearsOf, type TRollup } from "./upsert-delta.ts";

/** Sales documents: invoices, receipts and their corrections (negative). Orders and transfers are not sales. */
export const SALES_TYPES = ["FS", "PA", "KFS"];

/**
 * Adds (sign 1) or takes out (sign -1) the given documents' sales in every rollup, from their
 * ReportDocument rows and their lines as they are now. `documents` counts sales (FS, PA), not
 * corrections: a return lowers the value, it is not another purchase.
 */
export async function applySalesDelta(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  ids: number[];
  sign: 1 | -1;
}) {
  const { tx, companyId, integrationId, ids, sign } = options;
  if (sign === 1) await fileProducts({ tx, companyId, integrationId, ids });
  // Rows are grosze and ten-thousandths of a unit as whole numbers.
  const scaled = (sum: Prisma.Sql, factor: number) => Prisma.sql`(${sign} * round(${sum} * ${factor}))::bigint`;
  const groupBy = (keys: Prisma.Sql[]) => Prisma.raw(keys.map((_, i) => i + 1).join(", "));
  const byDocument = (keys: Prisma.Sql[]) => Prisma.sql`
    SELECT ${Prisma.join(keys)}, ${scaled(Prisma.sql`sum(net)`, 100)} AS net, ${scaled(Prisma.sql`sum(gross)`, 100)} AS gross,
      ${scaled(Prisma.sql`sum(cost)`, 100)} AS cost, ${scaled(Prisma.sql`sum(quantity)`, 10_000)} AS quantity,
      ${sign} * count(*) FILTER (WHERE type <> 'KFS') AS documents, ${sign} * sum(lines) AS lines
    FROM d GROUP BY ${groupBy(keys)}`;
  const byLine = (keys: Prisma.Sql[]) => Prisma.sql`
    SELECT ${Prisma.join(keys)}, ${scaled(Prisma.sql`sum(l.net)`, 100)} AS net,
      ${scaled(Prisma.sql`sum(l.gross)`, 100)} AS gross, ${scaled(Prisma.sql`sum(coalesce(l.cost, 0))`, 100)} AS cost,
      ${scaled(Prisma.sql`sum(l.quantity)`, 10_000)} AS quantity,
      ${sign} * count(DISTINCT l."documentId") FILTER (WHERE d.type <> 'KFS') AS documents, ${sign} * count(*) AS lines
    FROM d JOIN l ON l."documentId" = d."documentId" LEFT JOIN g ON g."productId" = coalesce(l."productId", 0)
    GROUP BY ${groupBy(keys)}`;
  const day = Prisma.sql`d.day`;
  const month = Prisma.sql`date_trunc('month', d.day)::date AS month`;
  const quarter = Prisma.sql`date_trunc('quarter', d.day)::date AS quarter`;
  const place = [Prisma.sql`d.channel`, Prisma.sql`d."warehouseId"`];
  const product = Prisma.sql`coalesce(l."productId", 0) AS "productId"`;
  const group = Prisma.sql`coalesce(g."groupId", 0) AS "groupId"`;
  const deltas: [TRollup, Prisma.Sql][] = [
    ["ReportSalesDay", byDocument([day, ...place])],
    ["ReportSalesMonth", byDocument([month, ...place])],
    ["ReportCustomerMonth", byDocument([month, Prisma.sql`d."customerId"`, ...place])],
    ["ReportCustomerYear", yearsOf(byDocument([month, Prisma.sql`d."customerId"`]), ["customerId"])],
    ["ReportProductDay", byLine([day, product, ...place])],
    ["ReportProductMonth", byLine([month, product, ...place])],
    ["ReportProductTotalMonth", byLine([month, product])],
    ["ReportProductTotalQuarter", byLine([quarter, product])],
    ["ReportProductYear", yearsOf(byLine([month, product]), ["productId"])],
    ["ReportProductPlaceYear", yearsOf(byLine([month, product, ...place]), ["productId", "channel", "warehouseId"])],
    ["ReportGroupDay", byLine([day, group, ...place])],
    ["ReportGroupMonth", byLine([month, group, ...place])],
  ];
  // One statement: the documents, their lines and their products' groups are read once (and
  // MATERIALIZED, so a first sync outgrowing the statistics cannot make a planner rescan the lines
  // per document); the group map is read FOR SHARE, so a regroup running at the same time waits
  // for these figures, or these wait for the regroup.
  await tx.$executeRaw`
    WITH d AS MATERIALIZED (
      SELECT * FROM "ReportDocument" WHERE "integrationId" = ${integrationId}::uuid AND "documentId" = ANY(${ids}::int[])
        AND "type" = ANY(${SALES_TYPES}::text[])
    ), l AS MATERIALIZED (
      SELECT "documentId", "productId", net, gross, cost, quantity FROM "ErpDocumentLine"
      WHERE "integrationId" = ${integrationId}::uuid AND "documentId" = ANY(${ids}::int[])
    ), g AS MATERIALIZED (
      SELECT "productId", "groupId" FROM "ReportProductGroup" WHERE "integrationId" = ${integrationId}::uuid
        AND "productId" = ANY(ARRAY(SELECT DISTINCT coalesce("productId", 0) FROM l)) FOR SHARE
    ), ${Prisma.join(
      deltas.map(
        ([rollup, rows], i) =>
          Prisma.sql`${Prisma.raw(`u${i}`)} AS (${upsertSql({ rollup, companyId, integrationId, rows })})`,
      ),
      ", ",
    )}
    SELECT 1`;
}

/** Products seen for the first time are filed under their group in the copy (0: none or not copied yet). */
async function fileProducts(options: { tx: TTx; companyId: string; integrationId: string; ids: number[] }) {
  await options.tx.$executeRaw`
    INSERT INTO "ReportProductGroup" ("integrationId", "companyId", "productId", "groupId")
    SELECT ${options.integrationId}::uuid, ${options.companyId}::uuid, l.p, coalesce(p."groupId", 0)
    FROM (SELECT DISTINCT coalesce("productId", 0) AS p FROM "ErpDocumentLine"
          WHERE "integrationId" = ${options.integrationId}::uuid AND "documentId" = ANY(${options.ids}::int[])) l
    LEFT JOIN "ErpProduct" p ON p."integrationId" = ${options.integrationId}::uuid AND p."erpId" = l.p
    ORDER BY l.p
    ON CONFLICT DO NOTHING`;
}
