import { Prisma } from "../../generated/prisma/client.ts";
import { getDb, type TTx } from "../platform/database/db.ts";

/** What of a customer the price rule needs. */
export type TPricingCustomer = { erpId: number; priceLevel: number | null; discountPercent: number };

/**
 * A customer of the company's cloud copy for pricing: by ERP id (the channel API), or as the agent
 * will find the order's buyer in the ERP (by NIP compared by digits when the buyer gave one, else
 * by e-mail case-blind; the lowest id first), so an order is priced for the customer its ZK is
 * written for. Null when the copy has none.
 */
export async function findPricingCustomer(options: {
  tx?: TTx;
  integrationId: string | null;
  by: { erpId: number } | { nip?: string; email: string };
}): Promise<TPricingCustomer | null> {
  const { by } = options;
  const match =
    "erpId" in by
      ? Prisma.sql`"erpId" = ${by.erpId}`
      : by.nip !== undefined
        ? Prisma.sql`regexp_replace(coalesce(nip, ''), '[- ]', '', 'g') = ${by.nip}`
        : Prisma.sql`lower(email) = ${by.email.toLowerCase()}`;
  const rows = await (options.tx ?? getDb()).$queryRaw<TPricingCustomer[]>`
    SELECT "erpId", "priceLevel", "discountPercent"::float8 AS "discountPercent" FROM "ErpCustomer"
    WHERE "integrationId" = ${options.integrationId}::uuid AND ${match}
    ORDER BY "erpId" LIMIT 1`;
  return rows[0] ?? null;
}
