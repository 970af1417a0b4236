import { Prisma } from "../../../generated/prisma/client.ts";
import { getDb } from "../../platform/database/db.ts";

/**
 * A customer as the contractor report shows it: terms from the ERP copy, and balance, overdue
 * amount and oldest overdue due date from the ERP's settlements (null when the connector does not
 * read them, or the last customers sync predates it).
 */
export type TContractor = {
  integrationId: string;
  erpId: number;
  code: string;
  name: string;
  nip: string | null;
  creditLimit: number;
  paymentDays: number;
  balance: number | null;
  overdue: number | null;
  oldestOverdueDueDate: string | null;
};

/**
 * Customers of the integrations from the copy, as numbers and days in the database (thousands of
 * rows: no Decimal objects made one by one): business customers (a NIP, a credit limit or payment
 * terms), or the one with `erpId`.
 */
export function readContractors(options: {
  integrationIds: string[];
  only: { businesses: true } | { erpId: number };
}): Promise<TContractor[]> {
  const which =
    "erpId" in options.only
      ? Prisma.sql`"erpId" = ${options.only.erpId}`
      : Prisma.sql`((nip IS NOT NULL AND nip <> '') OR "creditLimit" > 0 OR "paymentDays" > 0)`;
  return getDb().$queryRaw<TContractor[]>`
    SELECT "integrationId"::text AS "integrationId", "erpId", code, name, nip, "creditLimit"::float8 AS "creditLimit",
      "paymentDays", balance::float8 AS balance, "overdueAmount"::float8 AS overdue,
      to_char("oldestOverdueDueDate", 'YYYY-MM-DD') AS "oldestOverdueDueDate"
    FROM "ErpCustomer" WHERE "integrationId" = ANY(${options.integrationIds}::uuid[]) AND ${which}`;
}

/** The terms and settlements a contractor row and a customer's page show. */
export function contractorTerms(row: TContractor) {
  const { creditLimit, paymentDays, balance, overdue, oldestOverdueDueDate } = row;
  return { creditLimit, paymentDays, balance, overdue, oldestOverdueDueDate };
}
