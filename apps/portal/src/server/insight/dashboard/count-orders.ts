import type { OrderErpState } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";

/** Accepted from a channel, the ERP step in flight or due: the orders list's "pending". */
const WAITING: OrderErpState = "PENDING";
/** Refused by the ERP and waiting for staff: the error queue (count-failed-orders, view=errors). */
const REFUSED: OrderErpState = "FAILED";
/** Paid, waiting for Subiekt's operator to issue the sale document (saleDocuments "erp"). */
const AWAITING_OPERATOR: OrderErpState = "AWAITING_ERP";
/** Held for staff by the integration's credit rule (creditHolds "hold"), in the error queue too. */
const HELD: OrderErpState = "HELD";
/** The shop's day, as the reports count it. */
const SHOP_TIME_ZONE = "Europe/Warsaw";

export type TOrderCounts = { waiting: number; awaitingOperator: number; failed: number; held: number; today: number };

export const NO_ORDERS: TOrderCounts = { waiting: 0, awaitingOperator: 0, failed: 0, held: 0, today: 0 };

/**
 * Per company (every company, or one): orders waiting for the ERP, orders waiting for the
 * operator's sale document in the ERP, orders the ERP refused and orders held on credit (the
 * error queue), and orders received today. One grouped read; a company without such orders has no entry.
 */
export async function countOrders(options: { companyId?: string } = {}): Promise<Map<string, TOrderCounts>> {
  const company = options.companyId ?? null;
  const rows = await getDb().$queryRaw<(TOrderCounts & { companyId: string })[]>`
    WITH day AS (
      SELECT (date_trunc('day', now() AT TIME ZONE ${SHOP_TIME_ZONE}) AT TIME ZONE ${SHOP_TIME_ZONE}) AT TIME ZONE 'UTC'
        AS "start"
    )
    SELECT o."companyId",
           count(*) FILTER (WHERE o."erpState" = ${WAITING}::"OrderErpState")::int AS "waiting",
           count(*) FILTER (WHERE o."erpState" = ${AWAITING_OPERATOR}::"OrderErpState")::int AS "awaitingOperator",
           count(*) FILTER (WHERE o."erpState" = ${REFUSED}::"OrderErpState")::int AS "failed",
           count(*) FILTER (WHERE o."erpState" = ${HELD}::"OrderErpState")::int AS "held",
           count(*) FILTER (WHERE o."createdAt" >= day."start")::int AS "today"
    FROM "Order" o CROSS JOIN day
    WHERE (${company}::uuid IS NULL OR o."companyId" = ${company}::uuid)
      AND (o."erpState" IN (${WAITING}::"OrderErpState", ${AWAITING_OPERATOR}::"OrderErpState", ${REFUSED}::"OrderErpState",
                             ${HELD}::"OrderErpState")
           OR o."createdAt" >= day."start")
    GROUP BY o."companyId"`;
  return new Map(rows.map(({ companyId, ...counts }) => [companyId, counts]));
}
