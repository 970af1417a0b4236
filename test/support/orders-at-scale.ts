import { Prisma } from "../../apps/portal/src/generated/prisma/client.ts";
import type { TTx } from "../../apps/portal/src/server/platform/database/db.ts";

/** An order's ZK has the order's number as its ERP id; its FS this far above it. */
const SALE_ID_OFFSET = 1_000_000;
/** The page's new documents start here. */
const PAGE_ID_OFFSET = 2_000_000;
const ZK_FULFILLED = 8;
const ZK_RESERVED = 3;

/**
 * A company's order history at scale, written by PostgreSQL itself (generate_series), then
 * ANALYZEd: `orders` orders, each with its ZK in the copy; the first
 * `unmatched` wait for the operator's sale document (AWAITING_ERP, no sale yet), the rest are
 * completed with their FS. Every tenth completed order has a return refunded by its KFS.
 */
export async function seedOrdersAtScale(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  channelId: string;
  orders: number;
  unmatched: number;
}): Promise<void> {
  const { tx, companyId, integrationId, channelId, orders, unmatched } = options;
  const waiting = Prisma.sql`i <= ${unmatched}::int`;
  // Keeps autovacuum from analysing these tables meanwhile: its ANALYZE sees none of this
  // transaction's rows and writes the row estimate in place, outside transactions, so the planner
  // here would think the tables nearly empty and choose sequential scans (seen once in a full run).
  await tx.$executeRaw`LOCK TABLE "Order", "OrderReturn", "ErpDocument" IN SHARE UPDATE EXCLUSIVE MODE`;
  await tx.$executeRaw`
    INSERT INTO "Order" ("id", "companyId", "integrationId", "channelId", "externalId", "status", "buyer", "delivery", "paymentMethod",
      "documentWanted", "totalGross", "paidAmount", "paidAt", "erpCustomerId", "erpOrderId", "erpOrderNumber",
      "erpOrderClosed", "erpSaleId", "erpSaleType", "erpSaleNumber", "erpState", "erpStep", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${companyId}::uuid, ${integrationId}::uuid, ${channelId}::uuid, 'SCALE-' || i,
      CASE WHEN ${waiting} THEN 'paid' ELSE 'completed' END,
      jsonb_build_object('name', 'Kupujący ' || i, 'email', 'k' || i || '@example.pl'), '{"method":"kurier"}'::jsonb,
      'przelew', 'INVOICE', 100 + i % 900, 100 + i % 900, now() - make_interval(mins => i), 1 + i % 5000, i,
      'ZK ' || i || '/MAG/2026', NOT ${waiting},
      CASE WHEN ${waiting} THEN NULL ELSE ${SALE_ID_OFFSET}::int + i END,
      CASE WHEN ${waiting} THEN NULL ELSE 'FS' END,
      CASE WHEN ${waiting} THEN NULL ELSE 'FS ' || i || '/2026' END,
      (CASE WHEN ${waiting} THEN 'AWAITING_ERP' ELSE 'IDLE' END)::"OrderErpState",
      CASE WHEN ${waiting} THEN 'sale' END,
      now() - make_interval(mins => i), now()
    FROM generate_series(1, ${orders}::int) AS i`;
  await tx.$executeRaw`
    INSERT INTO "OrderReturn" ("id", "orderId", "companyId", "kind", "status", "reason", "lines", "externalId",
      "erpDocumentNumber", "updatedAt")
    SELECT gen_random_uuid(), o."id", o."companyId", 'RETURN', 'refunded', 'Nie pasuje', '[]'::jsonb,
      'R-' || o."externalId", 'KFS ' || o."erpOrderId" || '/2026', now()
    FROM "Order" o WHERE o."companyId" = ${companyId}::uuid AND o."erpOrderId" > ${unmatched}::int AND o."erpOrderId" % 10 = 0`;
  await tx.$executeRaw`
    INSERT INTO "ErpDocument" ("integrationId", "companyId", "erpId", "type", "number", "externalNumber", "issuedAt", "warehouseId",
      "customerId", "status", "net", "vat", "gross", "sourceDocumentId", "rowVersion")
    SELECT ${integrationId}::uuid, ${companyId}::uuid, d.id, d.type, d.type || ' ' || i || '/2026', 'ebo:' || i,
      now() - make_interval(mins => i), 1, 1 + i % 5000, d.status, 81.30, 18.70, 100, d.source,
      nextval('erp_row_version')
    FROM generate_series(1, ${orders}::int) AS i
    CROSS JOIN LATERAL (VALUES
      (i, 'ZK', CASE WHEN ${waiting} THEN ${ZK_RESERVED}::int ELSE ${ZK_FULFILLED}::int END, NULL::int)
    ) AS d(id, type, status, source)`;
  await tx.$executeRaw`ANALYZE "Order", "OrderReturn", "ErpDocument"`;
}

/**
 * A page of the documents sync as the copy holds it once applied: `sold` FS issued by the operator
 * from waiting orders' ZK, `fulfilled` of those ZK re-read as fulfilled, and `corrections` KFS of
 * completed sales (no return waits for them). Returns the page's document ids.
 */
export async function seedDocumentPage(options: {
  tx: TTx;
  companyId: string;
  integrationId: string;
  /** The first waiting order this page settles: pages of one run take turns through them. */
  firstOrder: number;
  sold: number;
  fulfilled: number;
  corrections: number;
  unmatched: number;
}): Promise<number[]> {
  const { tx, companyId, integrationId, firstOrder, sold, fulfilled, corrections, unmatched } = options;
  const base = firstOrder - 1;
  const fresh = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "ErpDocument" ("integrationId", "companyId", "erpId", "type", "number", "issuedAt", "warehouseId", "customerId",
      "status", "net", "vat", "gross", "sourceDocumentId", "rowVersion")
    SELECT ${integrationId}::uuid, ${companyId}::uuid, ${PAGE_ID_OFFSET}::int + ${base}::int + n, d.type, d.type || ' P' || n || '/2026', now(), 1, 1, 0,
      81.30, 18.70, 100, d.source, nextval('erp_row_version')
    FROM generate_series(1, ${sold + corrections}::int) AS n
    CROSS JOIN LATERAL (SELECT CASE WHEN n <= ${sold}::int THEN 'FS' ELSE 'KFS' END AS type,
      CASE WHEN n <= ${sold}::int THEN ${base}::int + n ELSE ${SALE_ID_OFFSET}::int + ${unmatched}::int + (${base}::int + n - ${sold}::int) * 7 END AS source) d
    RETURNING "erpId" AS id`;
  const reread = await tx.$queryRaw<{ id: number }[]>`
    UPDATE "ErpDocument" SET "status" = ${ZK_FULFILLED}::int
    WHERE "integrationId" = ${integrationId}::uuid AND "type" = 'ZK' AND "erpId" > ${base + sold}::int
      AND "erpId" <= ${base + sold + fulfilled}::int
    RETURNING "erpId" AS id`;
  return [...fresh, ...reread].map((row) => row.id);
}
