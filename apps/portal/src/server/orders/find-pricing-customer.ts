import { Prisma } from "../../generated/prisma/client.ts";
import { getDb, type TTx } from "../platform/database/db.ts";
import type { TCustomerCredit } from "./credit-breach.ts";

/** What of a customer the price rule needs, and its credit, which the credit rule judges. */
export type TPricingCustomer = {
  erpId: number;
  priceLevel: number | null;
  discountPercent: number;
  credit: TCustomerCredit;
};

export type TCustomerMatch = { erpId: number } | { nip?: string; email: string };

/**
 * A subquery: the customer of the integration's cloud copy as one JSON value (NULL: none), by ERP id
 * (the channel API), or as the agent will find the order's buyer in the ERP (by NIP compared by
 * digits when the buyer gave one, else by e-mail case-blind; the lowest id first), so an order is
 * priced and judged for the customer its ZK is written for. Read by index: `nipDigits` and
 * `emailLower` are the columns PostgreSQL generates for that comparison (schema.prisma).
 * `integrationId`: its value, or an expression of the statement that reads the subquery.
 */
export function pricingCustomerSql(options: {
  integrationId: string | null | Prisma.Sql;
  by: TCustomerMatch;
}): Prisma.Sql {
  const { by } = options;
  const match =
    "erpId" in by
      ? Prisma.sql`"erpId" = ${by.erpId}`
      : by.nip !== undefined
        ? Prisma.sql`"nipDigits" = ${by.nip}`
        : Prisma.sql`"emailLower" = lower(${by.email}::text)`;
  return Prisma.sql`SELECT json_build_object('erpId', "erpId", 'priceLevel', "priceLevel",
      'discountPercent', "discountPercent"::float8, 'credit', json_build_object('creditLimit', "creditLimit"::float8,
      'balance', "balance"::float8, 'overdueAmount', "overdueAmount"::float8,
      'oldestOverdueDueDate', to_char("oldestOverdueDueDate", 'YYYY-MM-DD')))
    FROM "ErpCustomer" WHERE "integrationId" = ${options.integrationId}::uuid AND ${match}
    ORDER BY "erpId" LIMIT 1`;
}

/** A customer of the integration's cloud copy for pricing (see pricingCustomerSql). Null when the copy has none. */
export async function findPricingCustomer(options: {
  tx?: TTx;
  integrationId: string | null;
  by: TCustomerMatch;
}): Promise<TPricingCustomer | null> {
  const [row] = await (options.tx ?? getDb()).$queryRaw<{ customer: TPricingCustomer | null }[]>`
    SELECT (${pricingCustomerSql(options)}) AS "customer"`;
  return row?.customer ?? null;
}
