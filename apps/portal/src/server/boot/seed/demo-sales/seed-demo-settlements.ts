import type { TTx } from "../../../platform/database/db.ts";

/** One demo customer in this many pays late: their invoices of the last two months stay open past due. */
const SLOW_PAYER_EVERY = 7;

/**
 * The demo's settlements, as Subiekt's `nz__Finanse` would give them after a sync: each invoice
 * (FS) is open until its due date (issue day plus the customer's payment days) and paid on it,
 * except a slow payer's invoices of the last 60 days, which stay open past due. From them every
 * customer's balance, overdue amount and oldest overdue due date, so the contractor pages, the
 * order history and credit holds show real-looking payment behaviour in the demo.
 */
export async function seedDemoSettlements(options: { tx: TTx; integrationId: string; until: Date }) {
  const { tx, integrationId, until } = options;
  await tx.$executeRaw`
    UPDATE "ErpDocument" d
    SET "settlementAmount" = d."gross",
      "settlementDueDate" = (d."issuedAt" + make_interval(days => c."paymentDays"))::date,
      "settlementOpen" = CASE
        WHEN d."issuedAt" + make_interval(days => c."paymentDays") > ${until}::timestamp THEN d."gross"
        WHEN c."erpId" % ${SLOW_PAYER_EVERY}::int = 0 AND d."issuedAt" > ${until}::timestamp - interval '60 days'
          THEN d."gross"
        ELSE 0 END
    FROM "ErpCustomer" c
    WHERE d."integrationId" = ${integrationId}::uuid AND d."type" = 'FS'
      AND c."integrationId" = d."integrationId" AND c."erpId" = d."customerId"`;
  await tx.$executeRaw`
    UPDATE "ErpCustomer" c
    SET "balance" = coalesce(s.open, 0), "overdueAmount" = coalesce(s.overdue, 0), "oldestOverdueDueDate" = s.oldest
    FROM "ErpCustomer" c2
    LEFT JOIN LATERAL (
      SELECT sum(d."settlementOpen") AS open,
        sum(d."settlementOpen") FILTER (WHERE d."settlementDueDate" < ${until}::date) AS overdue,
        min(d."settlementDueDate") FILTER (WHERE d."settlementOpen" > 0 AND d."settlementDueDate" < ${until}::date)
          AS oldest
      FROM "ErpDocument" d
      WHERE d."integrationId" = c2."integrationId" AND d."customerId" = c2."erpId" AND d."settlementOpen" > 0
    ) s ON true
    WHERE c2."integrationId" = ${integrationId}::uuid AND c."integrationId" = c2."integrationId" AND c."erpId" = c2."erpId"`;
}
